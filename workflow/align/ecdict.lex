aachen	亚琛
aaron	亚伦
ab	能干 精明强干
ababa	人名
aback	向后 朝后 突然
abacus	算盘
abando	放弃 抛弃 遗弃 屈从 沉溺 放纵
abate	减少 减轻 减弱 废除 打折扣 失效
abatem	减少 减轻 缓和 折扣 中止
abatto	屠场 角斗场
abaya	毛织物 长袍
abb	纬纱
abba	阿爸父 阿巴斯
abbey	大修道院
abbott	阿尔伯特
abbrev	缩写 缩短 节略
abc	美国广播公司 字母表
abdall	人名 阿卜杜拉
abdel	人名
abdica	退位 退出 辞职 逊位 弃权
abdome	腹部
abdomi	腹部
abduct	诱拐 绑架
abe	亚伯
abel	亚伯
aberra	偏离 畸变 色差
abet	教唆 煽动 怂恿 帮助 支持
abeyan	中止 暂搁 停止
abhor	憎恶 痛恨 回避 拒绝
abhorr	可恶 厌恶 痛恨
abide	停留 遵守 居留 忍受 经受
abie	人名 阿比
abilit	能力 才干
abioti	无生命
abject	可怜 糟透 卑鄙 自卑
abkhaz	阿布哈兹
ablati	腐蚀 切除
ablaze	着火 闪亮 激昂 闪耀
able	能干 能够
abluti	洗澡 洗礼
abnorm	反常 不规则 变态 畸形
abolis	废止 革除 消灭
abolit	废除
abomin	厌恶 痛恶 讨厌 可恶 极端
aborig	原始 土著 土人
abort	流产 失败 中止
aborti	流产 堕胎 失败 夭折 中止
abound	富于 充满
above	超出 上述 上面
abraca	咒语 胡言乱语
abrade	擦伤 磨损
abraha	亚伯拉罕
abrasi	研磨料 磨损
abreas	并肩 并列
abridg	缩短 删节 减少 剥夺 限制 节本
abroad	到处
abroga	废除 取消
abrupt	突然 唐突 陡峭
absces	脓肿
abscon	潜逃
absenc	缺席 缺乏 没有
absent	缺席 不在 缺乏 漫不经心
absint	艾酒
absolu	完全 绝对 专制 独立
absolv	赦免 免除
absorb	吸收 全神贯注 同化 买进 理解 承受
absorp	吸收 专心 全神贯注
abstai	自制 戒绝 弃权 回避
abstem	有节制 节约
absten	戒绝 回避 弃权
abstin	节制 禁欲 戒酒 有节制
abstra	抽象 深奥 摘要 提炼 心不在焉 空想
abstru	难解 深奥
absurd	荒谬 不合理 可笑 荒诞
abunda	丰富 充足 大量 充分
abuse	滥用 虐待 恶习 辱骂
abusiv	腐败 虐待
abut	邻接 毗邻
abutme	邻接 桥台
abysma	深不可测 无底 可怕 完全 极端
abyss	深渊 深邃 地狱
abyssi	阿比西尼亚 阿比西尼亚人
ac	公元前
acacia	洋槐 刺槐
academ	学院 学术 不切实际 大学生 学者 院校
acadia	阿卡迪亚
accede	同意 就任 继任
accele	加速 促进 加速度
accent	重音 口音 特点 重读 强调
accept	接受 承认 同意 相信 赞成 承担
access	通路 入口 接近 进入 发作 访问
accide	机遇 事故 意外 偶然 附属
acclai	喝彩 欢呼 赞同 称赞
acclam	欢呼 称赞 喝彩
acclim	适应 顺应
accola	荣誉 赞美
accomm	调和 贷款 适应 通融 容纳
accomp	陪伴 伴随 补充 伴奏 伴唱 完成
accord	相应 因此 于是 一致 调和 协定
accost	招呼 搭讪 勾引
accoun	报告 解释 估价 理由 利润 算账
accout	装备 配备 服装
accred	委派 信托 确认
accret	添加 添加物 依附 连接
accrue	产生
accumu	积聚 堆积 累积
accura	正确 精确
accurs	讨厌
accusa	控告 指控 指责
accuse	指责 控告
accusi	责难
ace	幺点 好手 少许 一流 杰出
acer	宏碁
acerbi	尖刻
acetam	乙酰
acetic	乙酸
aceton	丙酮
acetyl	乙酰胆碱 乙炔
ache	疼痛 哀怜 渴望
acheso	艾奇逊
achiev	完成 达到 如愿以偿 成就 功业
achill	阿喀琉斯
aching	极其 痛惜
achy	疼痛
acid	尖刻 迷幻药 酸性 敏锐
acidic	尖刻 酸性
acidit	酸性
acknow	承认 答谢 报偿 确认 感谢 认可
ackroy	人名
acme	顶点 极度
acne	痤疮 粉刺
acolyt	助手
acoust	听觉 声学 音响
acquai	认识 介绍
acquie	默许 默认
acquir	获得 学到
acquis	获得
acquit	表现 履行
acre	英亩
acrid	苦味 辛辣 讥讽 刻薄
acrimo	尖刻 讥讽 激烈 严厉
acroba	杂技演员 杂技
across	越过 穿过 交叉
acryli	丙烯酸
act	行动 行为 法案 表演 假装 见效
actin	肌动蛋白
action	行动 活动 动作 作用 战斗 行为
activa	活动 激活 有活力 活化
active	活跃 起作用 积极 有效 主动 活性
activi	活动 行动 活跃 活力 激进主义 行动主义
actual	事实上 竟然 如今 现在 真实 实际
actuat	开动 驱使 激励
acuity	尖锐 剧烈 敏锐
acumen	敏锐 聪明
acupun	针刺
acute	尖锐 敏锐 激烈 严重 急性 剧烈
ad	广告
adage	格言 谚语
adagio	缓慢
adam	亚当
adaman	坚强 固执
adapt	适应 改编
adapta	适应 改编
adapti	适应
adapto	插座 拾音器
add	增加 添加 增添
addend	补遗 附加物
adder	蝰蛇
addict	入迷 沉溺 上瘾
addiso	艾迪生
additi	附加 另外 额外 加法 此外
addle	昏乱 腐坏 变质
addres	住址 演说 举止 灵巧 求爱 发表
adduce	引证
adelai	阿德莱德
aden	亚丁
adenau	人名
adenoc	腺癌
adenos	腺苷
adept	熟练 老练 巧妙 能手 内行
adequa	适当 足够
adhere	依附 坚持 追随 拥护 固执
adhesi	附着 支持 追随 橡皮膏
adieu	再见 再会 告别 辞别
adjace	毗连 邻近 连接
adject	形容词 从属
adjoin	邻接 毗连
adjour	休会 中止 推迟
adjudg	宣判 判决 认为
adjudi	判决 裁定 宣告
adjunc	附属物 附件 助手 修饰语 附属 附加
adjust	调整 校准 调节 校正
adjuta	助手 副官 辅助
adjuva	辅助 助手
adman	广告商
admini	行政 管理 政府机关 管理人 料理 执行
admira	赞赏 钦佩 旗舰 极好
admire	赞美 钦佩 爱慕 称赞 惊奇
admiri	钦佩 羡慕
admiss	入场费 录用 承认
admit	承认 接受 容许
admitt	公认 诚然
admixt	混合 混合物
admoni	警告 劝告 训诫 告诫
ado	纷扰 忙乱 麻烦
adoles	青春期 青少年
adoni	阿多尼斯 花花公子
adopt	采用 收养 接受
adopti	采用 采纳 收养
adorab	可爱
adorat	崇拜 爱慕
adore	崇拜 爱慕 喜爱
adorin	崇拜
adorn	装饰
adornm	装饰 装饰品
adorno	阿多诺
adrena	肾上腺素 肾上腺
adriat	亚得里亚海
adrift	漂流 随波逐流
adroit	灵巧 敏捷 聪明
adsorb	吸附
adsorp	吸附
adulat	谄媚
adult	成人 成虫 成年 成熟
adulte	通奸 奸夫 掺假
adulth	成年
adumbr	预示
advanc	前进 进展 提高 上涨 促进 提出
advant	优点 便利 好处 优势 有助于
advent	冒险 来到 来临 冒险家 投机者 危险
adverb	副词 状语
advers	不利 敌对 相反 敌手 对手
advert	广告 启事 广告宣传 通知 公布 留意
advice	忠告 劝告 意见 报道 通知
advisa	适当 明智
advise	劝告 通知 建议 商量 顾问
adviso	顾问 咨询 劝告
advoca	提倡者 拥护者 主张 提倡 拥护 支持
aegean	爱琴海
aegi	保护 庇护 赞助 支持
aeolia	风蚀
aeon	永世
aerati	通风
aerial	空中 航空 空气 空想 天线
aero	飞机 航空 飞行
aerodr	飞机场 机场
aerody	空气动力学
aerona	航空 航空学
aeropl	飞机
aeschy	埃斯库罗斯
aesthe	美学 审美
aetiol	病原
afar	遥远
affab	和蔼
affabi	和蔼 亲切
affabl	和蔼可亲 友善 亲切 慈祥
affair	事件 事务
affect	影响 感动 假装 模仿 爱好 倾向于
affere	传入
affida	宣誓书
affili	联系 附属 接纳 收养 参加
affina	同源 姻亲
affine	仿射 姻亲
affini	吸引 类同
affirm	肯定 赞成 积极 断言 确认 证实
affix	署名 粘贴 附加物 词缀
afflic	苦恼 折磨
afflue	丰富 富裕 支流 富人
afford	足以 给予
affore	造林
affray	吵架 滋事
affron	轻蔑 冒犯 面对
afghan	阿富汗
afire	燃烧 炽烈
aflame	激动
afoot	徒步
afore	在前
aforem	上述 前述
aforet	预谋 故意
afraid	害怕 恐怕 遗憾
afresh	重新
africa	非洲人 非洲
after	由于 后来
afterb	胞衣
aftere	余波 后效 后果
afterg	晚霞 夕照
afterl	来世
afterm	结果 后果
aftern	午后 下午
afters	余震 须后水
aftert	回味 余韵
afterw	然后 后来
aga	将军
agains	反对 倚靠
agape	目瞪口呆
agar	琼脂 石花菜
agate	玛瑙
agave	龙舌兰
age	年龄 老年 成年 寿命 时代 时期
ageles	永恒
agency	经销商 中介
agenda	议程
agent	代理商 媒介
aggran	增大 扩大 夸大 增加
aggrav	恶化 加重
aggreg	合计 总计 聚集 集合
aggres	侵略 进取 侵犯 寻衅 敢作敢为 过分
aghast	惊骇
agile	敏捷 灵活 机敏
agilit	敏捷 灵活 机敏
agitat	激动 焦虑 煽动 搅动 摇动
aglow	发光 通红
agnost	不可知论
ago	以前
agog	急切 渴望
agonis	烦恼 挣扎 苦闷 竞赛 论争
agoniz	折磨 苦闷
agony	挣扎
agora	集会 市场
agorap	广场恐怖症 恐旷症
agrari	土地 耕地
agree	同意 赞成 应允 适合 承认 认定
agreea	同意
agreem	同意 合约 协议
agricu	农业
agrono	农学
agroun	搁浅
ague	疟疾
ahead	领先 预先 向前
ahm	艾哈迈德
aid	帮助 外援 助手 援助 有助于
aide	助手 副官
aikido	合气道
ail	苦恼 生病
ailero	副翼
ailmen	病痛 疾病
aim	目标 瞄准 致力 打算
aimles	漫无目的
ain	自己
air	空气 旋律 态度 通风 夸耀
airbor	升空 空运 空降
airbru	喷枪
airbus	空中客车
aircra	航空器 飞机
airdro	空投
aire	白羊座
airfie	飞机场
airflo	气流
airfoi	机翼
airfor	空军
airfra	机身
airi	轻盈 快活
airlif	空运
airlin	航线 航空公司
airloc	气塞 气闸
airmai	航空邮件
airman	飞行员
airpla	飞机
airpor	飞机场
airpow	制空权
airshi	飞艇 飞船
airspa	空域 空间
airstr	空袭 气流
airtig	气密 不透气 无懈可击
airwav	电波
airy	空气 空中 通风 幻想 轻快
aisle	走廊 过道
aitchi	人名 艾奇逊
ajar	不协调
aker	人名
akin	同类 同源
al	同盟国 助手 联盟 联合 结盟
alacri	敏捷 轻快 乐意
aladdi	阿拉丁
alain	阿兰 人名
alamo	白杨
alar	腋下
alarm	惊恐 警报 警钟 警告
alasda	人名
alaska	阿拉斯加
alban	人名
albani	阿尔巴尼亚
albany	奥尔巴尼
albatr	信天翁
albedo	反照率
albeit	尽管
albema	人名
albrec	人名
albumi	白蛋白
alcate	阿尔卡特
alchem	炼金术 魔力 炼金术士
alcoho	酒精 酒鬼 酗酒 酒精中毒
alcove	壁龛
aldebu	人名
alder	桤木
alders	人名
alehou	酒馆
aleksa	亚历山大
alert	警觉 灵敏 留心 警报 通知 意识到
alertn	警戒 机敏
alessa	亚历山大
alexan	亚历山大
alfalf	苜蓿
alga	藻类 海藻
algarv	人名 阿尔加维
algebr	代数学 代数
algeri	阿尔及利亚
algier	阿尔及尔
algori	算法
alia	别名 化名
aliase	别名
alida	人名
alien	外国人 外侨 外国 相异
aliena	疏远 离间 转让
alight	落下 点着
align	排列 结盟 校正
alignm	队列 结盟 校正
alike	相似 同样 一样
alimen	饮食 供养
alimon	生活费
aline	排列
aliquo	整除数 部分
alive	活着 活泼 敏感 热闹
aliven	活力
alizar	茜素
alkali	碱性 碱度
alkalo	生物碱
alkyd	醇酸树脂
allah	安拉
allay	平静 缓和
allega	断言 主张 申辩
allege	宣称 主张 提出 断言
allegi	忠贞 效忠
allego	寓言 讽喻 比喻
allegr	急速 快速 快板
allelu	哈利路亚
allend	人名
allerg	反感 厌恶
allert	人名
allevi	减轻 缓和
alley	小路
alleyw	小巷 走廊
allian	联盟 联合
alliga	短吻鳄
allman	人名
alloca	分派 分配 配置
allot	分配
allotm	分配 拨款 命运
allow	允许 承认 容许 猜想
allowa	津贴 零用钱 限额 折扣 允许
alloy	合金
allspi	多香果
allude	暗指 提及
allure	引诱 吸引 魅力
allusi	提及 暗指
alluvi	冲积
alma	歌女
almana	年历 历书
almeid	人名
almigh	万能 全能
almond	杏仁
almost	几乎 差不多
alnwic	人名
aloe	芦荟
aloha	再见
alone	孤独 单独 独自
along	平行 向前 沿着
aloof	远离 冷淡
aloofn	冷漠 高傲
alopec	脱发
aloud	出声 大声
alp	高山
alpaca	羊驼
alpha	最初 开端
alphab	字母
alpine	高山
alpini	登山家
alread	已经 早已
alrigh	没问题
alsace	阿尔萨斯
alsati	阿尔萨斯
altar	祭坛
alter	改变
altera	变更 改动
alterc	争论 争吵
altern	非此即彼 交替 轮流 间隔
althor	人名
althus	阿尔都塞
altipl	高原
altitu	高度 海拔 高处
altman	奥特曼
altoge	完全 总而言之
altrin	人名
altrui	利他主义 利他 无私
alum	明矾 校友
alun	人名 阿伦
alveol	肺泡
alway	总是 始终
alzhei	阿尔茨海默病
amadeu	莫扎特
amalga	合并 汞齐
amaran	紫红色
amass	积聚 堆积
amateu	业余爱好者 外行 爱好者
amaze	吃惊
amazem	惊愕 惊异
amazin	惊奇
amazon	亚马孙河 亚马逊河
ambass	大使
amber	琥珀
ambian	气氛
ambien	周围 气氛
ambigu	不明确 含糊 模棱两可
ambit	周围 范围 界限 领域
ambiti	野心 志向 雄心勃勃
ambiva	矛盾 模棱两可
ambula	救护车
ambush	埋伏 伏兵 伏击
amelio	改善 改良 改进
amen	阿门
amenab	服从
amend	修改 改善 改良 改过自新
amendm	修订 改善 改良 改正
amenit	适意 礼仪
amenor	经闭
americ	美国人 美国 美洲
amethy	紫水晶
amiab	和蔼可亲 亲切
amiabi	和蔼可亲 友善 亲切
amiabl	亲切 和蔼可亲
amicab	友善 友好
amino	氨基
amir	埃米尔
amiss	错误
amity	友好
amman	安曼
ammo	军火 弹药
ammoni	氨水 阿摩尼亚
ammuni	军火 弹药
amnesi	健忘症
amnest	大赦 赦免
amnioc	羊膜穿刺术
amniot	羊膜
amoeba	阿米巴 变形虫
amorou	多情 恋爱
amorti	摊销
amount	总数 总额 总计 等同
amour	偷情 性爱
amp	安培
ampere	安培
amphet	苯丙胺 安非他明
amphib	两栖类 水陆两用 两栖动物
amphit	圆形剧场 竞技场 比赛场
ampici	氨苄青霉素
ample	大量 充足 丰富
amplif	放大器 扩音器 增强 放大 扩大 详述
amplit	广阔 充足 幅度
ampule	安瓿
amputa	切断 删除
amster	阿姆斯特丹
amulet	护身符
amuse	消遣 娱乐 发笑
amusem	兴味 娱乐 消遣
amusin	有趣 好笑
amygda	巴旦杏 扁桃 扁桃体
amylas	淀粉酶
amyloi	淀粉
ana	语录
anabol	合成代谢
anaemi	贫血 贫血症
anaero	厌氧
anaest	麻醉剂 麻药 麻木 麻醉
anal	肛门
analge	止痛 止痛剂
analog	相似 类似
analys	分析 细察 分解
analyt	分析 解析
analyz	分析 细察 分解
anaphy	过敏性 过敏反应
anarch	无政府主义
anasto	接合 相接
anathe	诅咒 革出教门
anato	人名
anatol	安纳托利亚
anatom	剖析 解剖学 骨骼 结构
ancest	祖先 祖宗 祖传
anchor	固定
anchov	凤尾鱼 鳀鱼
ancien	古代 古老 年老
ancill	从属 辅助
andant	行板 徐缓
andean	安第斯山脉
anders	安徒生 人名
andert	人名
andorr	安道尔共和国
andre	安德烈
andrei	安德烈
andrew	人名
androg	雌雄同体 雄激素
androi	机器人
anecdo	奇闻
anemia	贫血 贫血症
anemic	贫血
anemon	银莲花 海葵
anesth	麻醉 麻木 麻醉学者 麻醉剂 麻药 麻醉学
aneury	动脉瘤
anew	重新
angel	天使 守护神 善人
angeli	天使
angell	天使 守护神
anger	激怒 发怒
angina	绞痛
angiog	血管造影
angios	被子植物
angle	角度 角落 钓鱼 谋取 博取 获取
angler	钓鱼 攫取 追逐
anglic	英语 英国
anglo	英国人
angora	安哥拉 马海毛
angri	愤怒
angry	生气 愤怒
angst	焦虑 疑惧
anguis	剧痛 痛苦
angula	消瘦 生硬
angus	安格斯
angy	人名
anhydr	无水
anima	生命 灵魂
animal	动物
animat	活泼 生气 激励
animos	仇恨 憎恶 敌意
animus	敌意 意向
anion	阴离子
anise	茴芹
ankara	安卡拉
anklet	短袜 脚镣
anna	安娜
annal	记录 编年史
anname	安南
annan	安南
anne	安妮
anneal	退火
annesl	人名
annex	附加物 附加 并吞
annexa	合并 附加 附加物
annexe	附加物
annie	安妮
annihi	消灭 废止 歼灭 湮灭
annota	注释 注解 评注
announ	宣布 声称 显示 预告 公告 发表
annoy	恼怒 骚扰
annoya	烦恼 打扰
annoyi	恼人 讨厌
annual	年刊 年报 每年 全年 一年生
annuit	年金
annul	废除 取消
annula	环形
annulm	废除 取消
annunc	宣布 通告
anode	阳极
anodyn	止痛药 镇痛剂 止痛
anoint	涂油
anole	变色龙
anoma	不规则 畸形
anomal	不规则 反常
anomie	混乱
anon	立刻 以后
anonym	无名 匿名
anorex	厌食 简洁
anoxia	缺氧症
anoxic	缺氧
anstey	人名
answer	答案 回答 回报 答辩 反驳 适应
ant	蚂蚁
antago	对立 敌对 敌意 对抗 敌手 对手
antarc	南极 南极洲
ante	赌注
antece	前情 先前 先行
antech	前厅
antedi	陈旧 过时
antelo	羚羊
antenn	天线 触须 触角
anteri	前面 先前
antero	前厅 休息室
anthem	圣歌 赞美诗
anther	花药
anthol	选集
anthon	安东尼
anthra	炭疽
anthro	人类学家 人类学
anti	反对
antiai	防空
antiba	抗菌
antibi	抗生素
antibo	抗体
antic	古怪
antici	预期 占先 加速 预料
anticl	虎头蛇尾
antido	解毒剂 解毒药
antifr	防冻剂
antige	抗原
antigu	安提瓜岛
antihi	抗组胺药
antima	反物质
antimi	抗菌
antino	自相矛盾 对立
antiox	抗氧化剂
antipa	厌恶 反感 反粒子
antiqu	古董 古物 古老 古风 旧式 过时
antise	防腐剂 抗菌 防腐 抗血清
antiso	反社会
antith	对偶 对照 对立面 对立
antito	抗毒素
antitr	反托拉斯
antivi	抗病毒
antler	鹿角
antony	安东尼 反义词
antsy	坐立不安
antwer	安特卫普
anus	肛门
anvil	铁砧
anwar	安瓦尔
anxiet	焦虑 忧虑
anxiou	忧虑 发愁 渴望 不安
anyhow	无论如何 至少
anymor	不再
anyway	无论如何 至少
anywhe	无论何处
aorta	主动脉
aortic	主动脉
aoun	人名
apace	快速 急速
apart	分别 分离
aparth	种族隔离
apartm	房间 公寓
apathe	无动于衷
apathy	冷漠
ape	无尾猿
aperit	开胃酒
apertu	缝隙 孔径
apex	尖端
aphasi	失语症
aphid	蚜虫
aphori	格言
aphrod	春药
apical	顶端
aplent	丰富 充裕
aplin	人名
aplomb	沉着 泰然自若 垂直
apnea	窒息
apnoea	窒息
apocal	启示
apogee	远地点 极点
apollo	阿波罗
apolog	道歉 辩解 辩护
apople	中风
aposta	叛教 变节 脱党
apostr	撇号
apothe	药剂师 药房 神化 美化
app	应用 申请 适用
appal	惊骇 吓坏
appall	丧胆 惊骇
appara	装置 器具 器官
appare	表面上 清楚 显然 衣服 外表 穿衣
appari	幽灵 幻影
appeal	恳求 上诉 吸引力 呼吁 要求
appear	出现 显得 来到 露面 外观 外表
appeas	抚慰 缓解 平息 姑息
appell	上诉
append	附录 附加物 阑尾
appeti	食欲 欲望 爱好
applau	鼓掌 喝彩 赞许 称赞 赞同
apple	苹果 家伙
apples	胡说
applia	器械 用具 应用
applic	应用 申请 应用程序 合适
appliq	贴花
appoin	任命 指定 下令 约会 委派
apport	分配 分摊 分派
apposi	贴切 合适 同位
apprai	评价 估价
apprec	赏识 鉴别 领会 欣赏 增值 涨价
appreh	理解 忧惧 逮捕
appren	学徒 生手 见习
appris	通知
approa	接近 入门 近似 靠近
approb	认可 满意
approp	适当 恰如其分 恰当 合适 拨用 挪用
approv	赞同 核准 赞许 赞成 批准
approx	大约 大致 接近 近似
appurt	附属物 附件
aprico	杏子 杏树
april	四月
apron	围裙
apropo	适当 恰好
apt	易于 恰当 聪明
aptitu	资质 才能
aptnes	倾向 才能
aquacu	水产养殖
aquari	水族馆 养鱼池
aquati	水生 水上
aquedu	水管 沟渠 导管
arab	阿拉伯人 阿拉伯
arabia	阿拉伯半岛
arabic	阿拉伯语 阿拉伯人
arafat	阿拉法特
arbitr	任意 武断 专治 霸道 仲裁 公断
arbor	心轴 凉亭
arbore	植物园
arbour	凉亭
arc	弧形 弓形 弧光
arcade	拱廊
arcadi	阿卡迪亚 田园
arcane	神秘
arch	拱门 拱形 足弓 主要 调皮 傲慢无礼
archae	考古学 考古学家
archai	过时 古老 古代
archbi	大主教
archdu	大公
archen	魔王
archeo	考古学家 考古学
archer	弓箭手
archet	原型 典型
archib	高射炮
archip	群岛
archit	建筑学 建筑师 设计者 缔造者
archiv	档案馆
archwa	拱门 拱道
arctic	北极 极寒 北极圈
ardenn	人名
ardent	热心 激动 热烈
ardor	热忱 热情 情欲 激情 灼热
ardour	热忱 热情 情欲 激情 灼热
arduou	费力 努力 险峻
area	区域 面积 范围
areal	地区 面积 广大
aren	人名
arena	角斗场 舞台
argent	阿根廷
argot	行话 俚语 黑话
argue	争论 辩论 主张 证明 说服
argume	争论 论证 论据 自变量
aria	咏叹调
ariane	阿丽亚娜
arid	干燥 不毛
aridit	干旱 不毛 乏味
ariel	瞪羚
aright	正确
arise	站立 出现 起来
aristi	人名
aristo	贵族
arithm	算术
arizon	亚利桑那州
ark	方舟
arle	人名
arm	手臂 袖子 武器 武装 装备
armada	舰队
armadi	犰狳
armage	哈米吉多顿
armame	军备 军队 武器
armani	阿玛尼
armatu	盔甲
armban	臂章
armcha	扶手椅
armeni	亚美尼亚
armist	休战 停战
armita	人名
armor	盔甲 潜水服 装甲
armory	纹章 兵工厂
armour	甲胄 装甲 潜水服
armpit	腋窝
army	军队 陆军
arnaud	人名 阿诺
arnie	人名
arnold	阿诺德
aroma	浓香 香气
aromat	芬芳
around	包围 四处 到处
arousa	奋发 激励
arouse	唤醒 鼓励 引起 醒来
arpegg	琶音
arra	挂毯
arraig	提讯 传讯 责难
arrang	排列 整齐 安排 达成协议
array	排列 衣服 大批 军队 打扮
arrest	逮捕 监禁 拘捕 抑制 吸引 阻止
arrhyt	心律不齐
arriva	到达 抵达
arrive	到达 抵达
arroga	自大 傲慢
arrowh	箭头
arrowr	竹芋
arroyo	小河
arse	屁股
arseho	肛门
arsena	兵工厂
arseni	砒霜
arson	纵火
arsoni	纵火犯
art	艺术 技术 巧妙 诡计 美术
arteri	动脉 干线 动脉硬化
artery	动脉 干道 要道
artful	巧妙 狡猾 狡诈
arthri	关节炎
arthro	节肢动物
arthur	亚瑟 亚瑟王
articl	文章 冠词 物品 物件 条款 契约
articu	关节 接合 连贯 发音 表达 口齿清楚
artifa	人造 加工
artifi	人造
artill	火炮 炮兵
artisa	工匠 技工
artist	艺术家 画家 艺术
artles	单纯 自然
artwor	插图
arty	附庸风雅
arugul	芝麻菜
arun	阿伦
ary	白羊座
asbest	石棉
ascend	上升 追溯 登高 攀登
ascens	上升
ascent	上升 提高 攀登 上坡路
ascert	确定 查明
asceti	苦行 禁欲 禁欲主义
ascrip	归属
asean	东南亚国家联盟
asepti	防腐剂 无菌
asexua	无性 无性生殖
ash	灰烬
asham	惭愧 羞耻
ashbou	人名
ashdow	人名
ashen	灰色 苍白
asher	亚瑟
ashfie	人名
ashfor	人名
ashtra	烟灰缸
ashy	苍白
asia	亚洲
asian	亚洲
aside	旁白 离开 另外
asinin	愚蠢
ask	要求 邀请 需要
askanc	怀疑 斜眼看
askew	歪斜
asleep	睡着 长眠 麻木 熟睡
asocia	自私
asp	颤抖
aspara	芦笋
aspect	外观 方面 面貌 方向
aspen	颤抖
asperi	粗暴 严酷 粗糙
aspers	诽谤 中伤 洒水
asphal	柏油
asphyx	窒息
aspira	热望 志向 渴望
aspire	渴望
aspiri	阿斯匹林
asquit	人名
ass	傻瓜 笨蛋 屁股
assad	阿萨德
assail	攻击 质问
assass	暗杀 刺客 行刺
assaul	攻击 袭击
assay	试验 化验 分析 评价 尝试
assemb	集会 装配 组件 集合 收集
assent	赞成 同意
assert	主张 坚称 断言
assess	评估 估定 评定 顾问
asset	资产
asshol	肛门
assidu	刻苦 勤勉
assign	分配 指派 赋值 功课 任务 转让
assimi	同化 吸收 同化作用
assist	协助 援助 帮助 促进 参加 助手
assize	法令
associ	协会 同伴 伙伴 联合 交往
assona	谐音
assort	分类 各种各样
assuag	平息 缓和 减轻
assume	假定 承担 呈现 装腔作势 僭越
assump	假定 自负 担任 假装
assura	保证 把握 信心 保险
assure	保证 确信 担保
astair	人名
asteri	星号 星群
astero	小行星
asthma	哮喘
astigm	散光
astley	人名
astoni	惊异 惊愕
astoun	惊骇 大惊
astral	多星 灵魂
astray	迷途
astrin	收敛性 严厉
astrol	占星术 占星学 占星家 星盘
astron	天文学家 宇航员 天文学 庞大
astrop	天体物理学家 天体物理学
astute	敏锐 狡猾 敏捷 伶俐 精明
asunde	分开
aswan	阿斯旺
asylum	庇护 收容所
asymme	不对称
asympt	无症状
asynch	异步
atavis	返祖现象
ataxia	无秩序 混乱
atelie	工作室 画室
atheis	无神论者 无神论
athen	雅典
athena	雅典娜
atheni	雅典
athero	动脉粥样硬化
athlet	运动员 运动 体育运动
atholl	人名
atkin	人名
atla	地图集
atlant	大西洋
atmosp	大气 空气 气氛
atoll	环礁
atom	原子 核能 微粒 微量
atomic	原子 原子能
atomis	原子 原子论
atomiz	粉碎 雾化器 雾化
atone	补偿 弥补
atonem	赎罪 补偿
atp	三磷酸腺苷
atrial	门廊 心房
atrium	中庭 心房
atroci	残暴 凶恶 暴行
atroph	萎缩
attach	附上 依附 附属 喜爱 归属 连接
attack	攻击 抨击
attain	达到 获得
attemp	尝试 企图
attenb	人名
attend	参加 照料 伴随 照顾 服侍 出席
attent	注意 注意力 留心
attenu	纤细 稀薄 稀释 减弱 减少 衰减
attest	证明 表明 作证
attic	阁楼 顶楼
attire	服装 盛装 穿衣 打扮
attitu	态度 看法 姿势
attorn	代理人 律师
attrac	吸引 诱惑 有魅力 吸引力
attrib	属性 标志 定语 归因
attrit	摩擦 磨损
attune	协调 合拍 调音 调和
auberg	茄子
aubero	人名
aubrey	奥布里
auburn	赤褐色
auckla	奥克兰
auctio	拍卖
audaci	大胆 鲁莽 胆大妄为 厚颜无耻 放肆 无拘无束
audibl	听得见
audien	听众 观众 读者
audio	音频 声音
audiob	有声读物
audiov	视听
audit	审计 查帐 旁听
auditi	听力 试听
audito	审计员 听者 旁听生 礼堂
auerba	人名
aug	八月
augmen	增加 增长
augur	预示 预言
augury	预兆 占卜
august	八月 威严
aunt	阿姨 姨妈 舅妈 姑妈 伯母
auntie	阿姨 姨妈 舅妈 姑妈 伯母
aunty	阿姨 姨妈 舅妈 姑妈 伯母
aura	气氛 气味
aurae	气氛 气味
aural	听觉 气氛 气味 光环 听起来
aureol	光环
aurora	曙光 极光
auschw	人名
auspic	吉兆 占卜 赞助 幸运
aussie	澳大利亚
austel	人名
austen	奥斯丁
auster	朴素 苦行 严格 严峻 禁欲 简朴
austin	奥斯丁
austra	澳洲 澳大利亚
austri	奥地利
authen	可靠 可信 真正 可靠性 真实性
author	权力 当权者 当局 权威 专家 作家
autism	孤独症
auto	汽车
autoba	高速公路
autobi	自传
autoch	土著 土生土长 本地
autocl	高压锅
autocr	独裁 专制 独裁者
autogr	亲笔 手稿
automa	自动 机械 必然 无意识
automo	汽车
autono	自治 自治权
autops	验尸
autumn	秋天
auxerr	人名
auxili	助动词 辅助 备用
avail	有用 有利 有利于 效用 利益
availa	有效 有效性
avalan	雪崩 山崩 大量 崩塌
avant	激进 先锋派
avaric	贪婪
avatar	化身
ave	大街 途径
avebur	人名 埃夫伯里
avenge	报仇
avenue	大街 途径
aver	断言 坚称
averag	平均 平均数 海损 中等 平常 均分
averse	反对
aversi	厌恶 反感 嫌恶
avert	避免 防止
avian	鸟类
aviati	航空 航空学
aviato	飞行员
avid	渴望 急切
avidit	热望 急切 利欲心
avila	阿维拉
aviv	人名
avocad	鳄梨
avocat	副业 嗜好
avoid	避免 防止
avoida	避免 避开 逃避
avon	雅芳
avow	断言
avowed	公然
avuncu	叔伯
await	等候
awake	唤醒 唤起 意识到 醒来
awaken	唤醒 唤起 意识到 觉醒
award	奖品 裁定 判决 授予 给予
aware	知道
awaren	意识 认识
away	离去
awe	敬畏
awesom	可怕
awestr	敬畏 畏惧
awful	可怕 庄严 虔敬 恶劣 非常 极端
awfuln	庄严 可怕 虔敬
awhile	片刻 一会儿
awkwar	笨拙 棘手
awol	擅离职守
awry	错误 歪斜
ax	斧头 削减
axe	斧头 削减
axial	轴向
axilla	腋窝 腋生
axiom	公理 原理 格言
axle	车轴
axon	轴突
ay	赞成票 永远 赞成
ayatol	阿亚图拉
aye	赞成票 永远 赞成
aylwin	人名
ayrton	人名
ayurve	阿育吠陀
azalea	杜鹃花
azerba	阿塞拜疆
azimut	方位 方位角
azure	天蓝色 碧空 蔚蓝
ba	文学士
baal	太阳神
babble	喋喋不休 唠叨 吐露 胡言乱语 嘈杂声
babe	小孩
baboon	狒狒
babur	巴布尔
babush	头巾
baby	婴孩
babyho	幼稚
babyis	幼稚 稚气
babylo	巴比伦 罪恶
baccal	学士学位
baccha	酒神
bach	单身汉
bachel	单身汉 学士
bacill	杆菌 细菌
back	后面 后退 支持 倒退 背靠 向后
backbo	脊椎 志气 骨干 支柱
backcl	背景
backco	穷乡僻壤
backda	回溯
backdo	秘密
backdr	背景
backer	支持者
backfi	逆火 回火 放火 后卫
backfl	后空翻
backgr	背景
backla	强烈反对
backlo	储备
backpa	背包
backro	密室
backse	后座
backsi	背部 背后 后方
backsl	堕落 退步
backsp	后挡板 逆转
backst	偷偷摸摸 非法 还击 仰泳
backtr	返回 撤退 放弃
backup	倒车 后退 后援 支持 阻塞 候补
backwa	向后 相反
backya	后院 后庭
bacter	细菌
bad	严重 恶劣 极度
baddel	人名
baddie	坏人 恶人
baddy	坏人 恶人
baden	巴登
badge	徽章 标记
badger	纠缠
badlan	荒原 崎岖
badnes	不良
baffle	困惑 为难 挫折 迷惑 阻碍 难倒
bag	袋子 膨大 装袋
baggag	行李
baghda	巴格达
bagman	推销员 中间人
bagpip	风笛
bahami	巴哈马
baikal	贝加尔湖
bail	保释 栅栏 舀水
bailey	城郭
bailif	法警 乡长
bailiw	范围
bailli	人名
bailou	跳伞
bainbr	人名
bairn	小孩
bait	欺负
baize	台面呢
bake	烘焙 烤面包
bakery	面包店
baku	巴库
balanc	平衡 差额 相等 权衡 比较 结算
balcom	人名
balcon	阳台
bald	秃头 单调 赤裸
baldne	率直 枯燥
baldoc	人名
baldy	秃子 人名 秃顶
bale	货物 灾难 打包
balefu	有害 恶意 灾难
balham	人名
baline	巴厘岛
balk	障碍 错误 失败 阻止 错过 推诿
balkan	巴尔干 割据
ball	舞会 球状物
ballad	歌谣
ballan	人名
balles	人名
ballet	芭蕾舞
ballis	弹道
balloo	气球 激增
ballot	投票 抽签
ballpo	圆珠笔
ballro	舞厅
ballyh	大吹大擂
balmy	芳香 温和 止痛
balone	胡扯
balsa	木筏
balsam	镇静 香脂
baltic	波罗的海
baltim	巴尔的摩
balust	栏杆
balzac	巴尔扎克
bamber	人名
bamboo	竹子
bamfor	人名
ban	禁令 禁止 取缔
banal	平凡 陈腐
banali	平凡 陈腐
banana	香蕉
band	带子 乐队 联合 结合
banda	茅屋
bandag	绷带
bandit	强盗 匪帮
bandwa	流行
bandy	谈论
bane	祸根 毒药 灭亡
bang	重击 刘海 直接
banger	香肠 鞭炮
bangko	曼谷
bangla	孟加拉国
bangle	手镯
banish	驱逐 消除
banjo	班卓琴
bank	银行
banker	银行家 庄家
bankno	钞票
bankro	资金
bankru	破产者 破产
banner	旗帜 显著
banque	宴会
baobab	猴面包树
baptis	洗礼
baptiz	命名
bar	酒吧 障碍物 禁止 阻挡 妨碍
barb	倒钩
barbad	巴巴多斯
barbar	芭芭拉
barbec	烤肉 烧烤
barbel	杠铃 触须
barbeq	烤肉
barber	理发师
barbie	芭比
barbra	芭芭拉 人名
barcel	巴塞罗那
barcla	巴克莱银行
bard	诗人
bardot	人名
bare	几乎不 赤裸 缺少 坦率 露出
barefo	赤脚
barene	赤裸 裸露
barf	呕吐
bargai	交易 讲价
barge	驳船 蹒跚 闯入
bari	巴里
barist	咖啡师
barito	男中音
bark	树皮
barley	大麦
barmy	发酵
barn	谷仓
barnab	先知
barnac	藤壶
barney	大吵大闹
barnst	人名
barome	气压计 气压
baron	男爵
baroni	男爵 宏大
baroqu	绮靡
barrac	梭子鱼 军营 人名
barrag	弹幕
barrat	人名
barren	不育 贫瘠
barric	路障 障碍 阻碍
barrie	障碍 栅栏
barrin	人名
barris	律师
barro	人名
barrow	手推车 古墓
barry	巴里
barten	酒保
barter	物物交换 交换
barth	巴斯
bartle	人名
barton	农家庭院
baryon	重子
basal	基础 基本
basalt	玄武岩
base	底部 基础 卑鄙 低劣
baseba	棒球
basebo	脚底板
basel	巴塞尔
baseli	基线 基准
baseme	地下室
bash	猛击 猛撞
bashfu	害羞 忸怩 羞怯
bashir	人名 巴希尔
basi	基础
basic	基本原理 要素 基本 碱性
basica	基本上 主要
basild	人名
basing	人名
bask	晒太阳
basket	篮球 篮子
basle	巴塞尔
basque	巴斯克语
basra	巴士拉
bass	男低音 低音
basset	露出
bassin	摇篮
bassoo	低音管 巴松管
bastar	私生子 杂种
bastil	城堡 牢狱
bat	蝙蝠 球棒 眨眼
batch	成批 分批
batche	人名
bate	减弱 减少 降低 缓和 大怒
bateso	人名
bath	沐浴 浴室
bathe	沐浴 洗澡
bathho	澡堂 更衣室
bathro	浴室 厕所
bathtu	浴缸
batley	人名
batman	勤务兵
baton	指挥棒 接力棒 警棍
batt	棉絮
battal	军队 集团
batten	板条 木板
batter	电池 殴打 猛击 面糊 击球员
battle	战役 战斗 战场 沙场
batty	疯癫 古怪 蝙蝠
bauble	玩具 小玩意
baulk	障碍 错误 失败 阻止 错过 推诿
bauxit	铝矾土 铝土矿
bavari	巴伐利亚
bawdy	淫秽
bay	海湾 月桂 走投无路
bayone	刺刀
bayou	支流
bazaar	集市 市场
bazook	火箭炮
bb	滚珠轴承
bbc	英国广播公司
bc	公元前
bcg	卡介苗
be	人名
beach	海滩
beachc	流浪者
beachh	滩头堡
beacon	烽火 灯塔 照亮 人名
bead	珠子
beady	起泡
beagle	间谍 密探
beak	鸟嘴
beaker	烧杯
beale	人名 比尔
beam	横梁 光线 容光焕发 微笑 照耀
beamer	投影机
beamis	春风得意
bean	豆子
bear	忍受 支承 产生 怀有 压挤 行进
beard	胡须
beardl	无须 乳臭未干
bearis	粗暴
beast	畜生 动物 野兽 兽性
beasti	动物
beatif	赐福 极乐 祝福 快乐 慈祥
beatit	祝福
beatti	人名
beatty	人名
beau	花花公子 情郎
beaufo	波弗特海
beauli	人名 比利
beaumo	博蒙特
beaute	美丽
beauti	美丽 美好 漂亮
beauty	美人
beauvo	人名
beaver	海狸
beazle	人名
beck	招手 小河
becker	贝克尔
beckon	召唤 吸引
beckwi	人名
bed	河床 底座 路基 一层 栽种 安装
bedazz	眼花缭乱 迷醉
bedbug	臭虫
bedcha	卧房 卧室 寝室
bedcov	床罩
beddin	人名
bedeck	装饰 修饰
bedeli	人名
bedevi	痛苦 苦恼 虐待
bedfel	伙伴
bedlam	混乱 喧闹 疯人院
bedpan	便盆
bedroc	基岩 基本原理 基础
bedroo	卧室
bedshe	床单
bedsid	床边 临床
bedsor	褥疮
bedspr	床单 床罩
bee	蜜蜂 聚会
beech	山毛榉
beef	牛肉 肌肉 抱怨 告发
beefbu	汉堡包
beefea	守卫
beefst	牛排
beefy	多肉 粗壮 结实
beehiv	蜂窝 蜂箱
beekee	养蜂人 养蜂
beer	啤酒
beery	啤酒
beesto	人名
beeswa	蜂蜡 蜜蜡
beet	甜菜
beetle	甲虫
befall	降临
before	在前 预先
befrie	扶助
befudd	昏沉 迷惑 糊涂
beg	乞求 乞讨 请求
beget	招致 产生 引起
begett	生产者
beggar	乞丐 贫穷
begin	开始
beginn	初学者
begoni	秋海棠
begrud	嫉妒 羡慕 吝惜 勉强
beguil	诱骗
behalf	利益 方面
behave	检点 行为
behavi	行为 举止
behead	斩首 砍头
behemo	庞然大物
behest	命令
behind	在后
behold	注视 受惠
behoov	理应 应该 理所当然
behove	理应 应该 理所当然
beige	米色
beirut	贝鲁特
beith	人名
bejesu	老天
bel	腹部 食欲 鼓起 匍匐前进
belate	延迟 延续
belch	打嗝
belfas	贝尔法斯特
belfry	钟楼
belgia	比利时
belgiu	比利时
belgra	贝尔格莱德 人名
belie	掩饰 失望
belief	信念 相信 信仰
believ	相信 信徒
belitt	轻视 贬低
belize	伯利兹
bella	贝拉
bellad	颠茄
bellam	贝拉米
bellbo	侍者
belle	美女
bellic	好战 好斗
bellig	好战 交战 斗争性 好斗
bellma	更夫
bellow	怒吼
bellya	腹痛
bellyb	肚脐
belong	属于 合适
beloru	白俄罗斯
belov	心爱
below	在下面
belt	带子 地带
beltwa	环路 环形公路
beluga	白鲸
bemoan	哀悼 惋惜 哀叹
bemuse	困惑
ben	内室
benazi	人名
bend	屈服 弯曲
bender	饮酒作乐
bendy	柔韧
benede	人名
benedi	本笃会 祝福
benefa	恩人 施主 善行 捐赠
benefi	利益 受益 有益 受益人 受封
benett	贝纳通
benevo	善意 慈善
bengal	孟加拉
benigh	愚昧
benign	善良 良性
bennet	花梗
benny	安非他明
bentha	边沁
bentle	宾利
bento	盒饭
benz	奔驰
bequea	遗赠 遗留
beques	遗产 遗赠
bereav	丧亲
bereft	缺少 丧失
beresf	人名
beret	贝雷帽
berg	冰山
berger	伯杰
bergma	人名
berk	傻瓜
berkel	伯克利
berksh	巴克夏猪
berlin	柏林
berlio	柏辽兹
berlit	人名
bern	伯尔尼
berne	伯尔尼
bernha	人名
bernie	可卡因
bernin	人名
berry	浆果
berser	狂暴
berth	卧铺 停泊
bertra	伯特兰
beryl	绿宝石
beseec	恳求 哀求
beside	而且 此外
besieg	围攻 包围
besot	糊涂 痴迷 沉醉
bespea	预约 表示
bestia	残忍 卑劣 兽性 兽行 兽欲
bestir	激励 忙碌
bestow	授予 使用 贮藏 留宿
bestri	横跨 跨过 控制
bestse	畅销书 畅销
bethle	伯利恒
betide	预示 发生
betoke	预示
betray	出卖 背叛 辜负 暴露
betrot	订婚 许配 婚约
bett	人名
bette	甜菜
better	改进 改善 增值
bevel	斜面 斜角
bevera	饮料
bewail	悲悼 哀泣 哀叹
beware	小心 谨防
bewild	困惑 昏乱 迷惑 不知所措
bewitc	蛊惑 着迷
bey	州长
beyond	超过
bf	黑体 粗体
bh	营业时间
bhutan	不丹
bhutto	布托
bia	偏见 斜纹 偏斜
bible	圣经
biblic	圣经
biblio	书目
bicame	两院制
bicarb	重碳酸盐
bicker	斗嘴 闪动 口角
bicycl	自行车
biddab	顺从
biddy	小鸡 母鸡 女佣
bide	等候 忍耐 等待
bidet	坐浴盆
bien	好事
bienna	人名
bier	棺材
bifurc	分叉 分歧 分歧点
big	重要 大量
bigamy	重婚 重婚罪
bigfoo	大脚
biggie	大亨
biggis	较大
bight	海湾
bignes	伟大 重大
bigot	盲从 固执己见 执迷 顽固
bigotr	盲从 偏见
bigwig	要人 大亨
bihar	比哈尔邦
bijou	珠宝 宝石
bike	自行车 脚踏车
bikini	大爆炸
bil	警棍 伙伴
bilate	双边 双方
bilbao	毕尔巴鄂
bile	胆汁 坏脾气 暴躁
bilge	废话 膨胀
biliar	胆汁
biling	双语
biliou	坏脾气
biliru	胆红素
bilk	欺骗 骗子
bill	清单 钞票 鸟嘴 广告 法案 票据
billbo	广告牌 宣传
billet	军营 木柴
billfi	尖嘴鱼
billfo	皮夹
billia	台球
billie	比利
billin	人名
billio	十亿 亿万富翁
billow	翻腾 汹涌
bimbo	男人 女人
bin	容器 箱子
binary	二元
bind	约束 装订 包扎 结合 凝固
binge	狂欢
bingle	宾利
bingo	烈酒
binn	人名
binomi	二项式
bio	小传
bioass	生物测定
bioche	生物化学 生物化学家
biodie	生物柴油
biodiv	生物多样性
biogra	传记
biolog	生物学 生物学家
biolum	生物 发光
biomas	生物量
biomec	生物力学
biopic	传记
biopsy	活组织检查
biosph	生物圈
biotec	生物技术
biotic	生命 生物
biowea	生物武器
biplan	双翼飞机
bipola	双极
birch	桦树 桦木
bird	羽毛球 打鸟
birdba	鸟澡盆
birdca	鸟笼
birdho	鸟笼
birdie	小鸟
birdwa	观察
birkbe	人名
birmin	伯明翰
biro	圆珠笔
birth	出生 起源
birthd	生日
birthm	胎记
birthp	诞生
birthr	出生率
bis	国际清算银行
biscay	比斯开湾
bischo	人名
biscui	饼干
bisexu	两性 雌雄同体
bishop	主教
bismar	俾斯麦
bison	野牛
bisset	人名
bistro	小酒馆 夜总会
bite	一口 刺痛 穿透
biter	骗子
bitmap	位图
bitter	痛苦 怀恨 刺骨 怨恨 悲痛 残酷
bitume	沥青
bivoua	野营 露营 露宿
bizarr	奇异
bizet	比才
bjorn	人名
blab	泄漏 胡扯
black	黑色
blacka	人名
blackb	布莱克本
blackc	黑醋栗
blacke	变黑 诽谤
blackh	粉刺
blacki	黑人
blackl	黑名单
blackm	勒索 黑人 人名
blackn	黑色 邪恶
blacko	删除
blacks	铁匠 黑斑 盲点 斑痕
blackt	沥青 柏油路
bladde	膀胱
blade	叶片 刀锋 刀口
blah	废话
blaine	布莱恩
blair	布莱尔
blame	过失 责备
blamel	清白
blanch	漂白 发白
bland	温和 乏味 冷漠
blandi	甜言蜜语 谄媚 奉承
blandn	爽快 温柔
blank	空格 空白 空虚 完全 无色 消失
blanke	毛毯 毯子 掩盖 覆盖 总共
blankn	空白 空虚 单调
blare	巨响 光泽
blarne	谄媚 阿谀
blasph	亵渎神明 亵渎
blast	爆炸 枯萎病 枯萎 猛攻
blatan	喧嚣 吵闹 炫耀 喧闹 公然
blathe	说废话 废话 胡说
blaze	火焰 烈火 光辉 燃烧 发光 宣布
blazin	强烈
blazon	装饰 宣布 纹章
ble	流血 悲痛 渗出 出血 榨取
bleach	漂白 漂白剂
bleak	萧瑟 荒凉 阴冷
bleari	模糊 朦胧
bleary	朦胧
blemis	污点 缺点 弄脏 玷污 损害
blend	混合
bless	祝福
blesse	幸福 神圣
blight	枯萎病 破坏 枯萎 老家
blind	窗帘 盲目 失明 蒙蔽
blindf	眼罩 蒙骗 看不清 盲目
blindi	极其
blindn	盲目 失明 愚昧
blink	眨眼 闪亮 瞬间 闪光 闪烁
blissf	幸福
bliste	水疱
blithe	欢乐 轻率 无忧无虑 愉快 高兴
blitz	闪电战
blitze	闪电战
blitzk	闪电战
blizza	暴风雪
bloat	膨胀 腌制 自大
blob	小斑点
bloc	集团
block	街区 木块 石块 阻塞 封锁
blocka	阻塞 封锁 妨碍
blockh	碉堡 笨蛋 傻子
blocky	斑驳
blog	博客 部落格
blogg	博客
bloke	小子 家伙
blond	金发
blonde	白皙
blood	血统 流血 气质 生命 出血
bloodb	大屠杀
bloodl	血统 种系
bloods	流血 血流 充血 血污 血迹 水蛭
bloodt	嗜杀 残忍
bloody	血腥 嗜杀
bloom	开花 青春 茂盛
blooms	布鲁姆斯伯里
blosso	开花 兴旺 发展
blot	污点 模糊
blotte	记事簿
blow	打击 殴打 开花
blower	鼓风机 吹风机
blowfi	河豚
blowho	通风孔 通气孔
blowjo	口交
blowou	爆裂 喷出
blowsy	红脸 蓬乱
blowto	喷灯
blubbe	哭泣
blue	蓝色 下流 忧郁
blueco	警察 士兵
bluefi	金枪鱼
bluene	沮丧 忧郁
bluepr	蓝图 计划
bluesm	演奏
bluest	硫酸铜
bluff	断崖 绝壁 吓唬 直率 欺骗
blunde	大错 失策 犯错 做错 人名
blunt	坦率 麻痹
bluntn	率直 迟钝
blur	模糊 弄脏
blurry	模糊 不清楚
blush	脸红 羞愧
bluste	恶劣 狂风暴雨 咆哮 汹涌 恐吓 夸口
bo	体臭 汗臭 狐臭
boa	蟒蛇
boar	公猪 野猪
board	木板 甲板 膳食 乘船 搭伙
boardm	人名
boardr	会议室
boast	吹牛 自夸
boastf	自夸 自负
boat	乘船
boater	船工
boatma	船夫
boatya	船坞 造船厂
bob	敲击 振动 短发 摆动
bobbin	线轴
bobble	失误
bobby	警察
bodaci	胆大包天
boddin	人名
boddy	人名
bode	预示
bodega	酒窖 酒店
boden	地面
bodi	身体 亲自
bodie	人名
body	身体 尸体 团体
bodybu	健美
bodygu	保镖 护卫
bodywo	车身
boer	布尔
boeuf	牛肉 人名
boffin	研究员
boffo	受欢迎
bog	沼泽
bogey	妖怪
bogeym	可怕 妖怪 精灵
boggle	犹豫 踌躇 吃惊 搪塞
bogie	妖怪
bogota	波哥大
bogus	伪造
bogy	妖怪
bohemi	放浪
boi	木香
boil	煮沸 沸腾 激动
boiler	汽锅 锅炉
boiste	猛烈 喧闹 狂暴 吵闹
bold	大胆 粗体 显眼
boldfa	黑体字
boldne	大胆 勇敢 冒失
bole	树干
boling	人名
bolivi	玻利维亚
bollin	人名
bolloc	臭骂
bolshe	布尔什维克 激进分子
bolshi	不合作 左翼
bolste	支持 支撑
bolt	门闩 螺钉 筛子 闪电 发射 脱口而出
bomb	炸弹 轰炸 失败
bombar	炮击 攻击 轰击
bombas	夸大 夸夸其谈
bombay	孟买
bomber	轰炸机
bombpr	防弹
bombsh	炸弹
bonanz	幸运
bonapa	波拿巴
bonbon	糖果
bond	结合 债券 契约 保证人 黏合
bondag	奴役 束缚
bondsm	奴隶
bone	骨头 专心致志
bonehe	笨蛋 愚蠢
boney	瘦骨嶙峋
bonfir	营火
bonham	仔猪
bonhom	愉快 温和 和蔼
bonk	性交
bonn	波恩
bonnie	漂亮
bonny	漂亮
bonobo	倭黑猩猩
bonsai	盆栽
bonus	奖金 红利
bony	瘦骨嶙峋
boo	喝倒彩
boob	笨蛋 蠢材
booby	呆子 傻瓜
boogie	黑人
book	书籍 名册 登记 预订
bookbi	装订
bookca	书架 书柜
booken	书挡
bookis	书呆子
bookke	簿记
bookle	小册子
bookma	书签 学者 文人
booksh	书店
bookst	书店
bookwo	书呆子
booky	好学
boom	繁荣 隆隆声 兴旺
boon	恩惠
boondo	荒野
boor	农民
booris	粗野 粗鄙
boost	推进 吹捧 提高 宣扬 促进
booste	支持者
boot	长靴 解雇 效用 有用
boothb	人名
boothr	人名
bootla	鞋带
bootle	私卖
booty	战利品
booze	酒宴
boozy	酩酊
borax	硼砂
bordel	妓院
border	边缘 边境 边界 花坛 接近 近似
bordon	人名
boredo	厌烦 厌倦
boreha	人名
boring	无趣 沉闷
borlan	宝蓝
borneo	婆罗洲
borrow	借用
borsch	罗宋汤
bosch	博世
bosnia	波斯尼亚 波士尼亚
bosom	胸部 胸怀 内部 中间 怀抱
boson	玻色子
boss	老板 上司 浮雕 指挥 控制
bossy	专横
boston	波士顿
boswor	人名 博斯沃思
botani	植物学 植物学家
botany	植物学
botch	糟蹋
both	两者
botha	人名
bother	烦扰 迷惑 烦恼 操心 麻烦 纠纷
bothy	茅屋
botox	肉毒杆菌 肉毒杆菌毒素
botswa	博茨瓦纳
bottle	瓶子 抑制 围困
bottom	底部
botuli	肉毒中毒
boudoi	闺房
bouffa	鼓胀
bougai	布干维尔岛
boulto	博尔顿
bounce	跳跃 弹力 撞击 弹跳
bouncy	快活 精神饱满 有弹性 自大
bounda	边界 分界线
boundl	无限 无边无际
bounte	慷慨 充足 宽裕
bounti	慷慨 宽大
bounty	慷慨 宽大 礼物
bouque	花束
bourge	商人 资产阶级 中产阶级 平庸
bourn	小溪 目的 界限 境界
bourne	伯恩茅斯
bourse	交易所
bout	回合 较量
bovi	人名
bovine	迟钝
bow	鞠躬 屈服
bowden	人名
bowe	人名
bowel	内脏 内部
bowen	博文
bower	凉亭
bowl	木球
bowlby	人名
bowle	人名
bowrid	汽船 汽艇
bowstr	弓弦 绞索 绞死
box	盒子 打耳光 拳击
boxer	拳师
boy	男孩
boyfri	男朋友
boyish	男孩 少年 稚气
boyle	波义耳
boyo	男孩 小伙子
boyson	人名
bozo	家伙 新兵 大汉
br	带来 产生 促使 提出 生产
bra	奶罩
brace	支柱 曲柄 支撑 一对 激励
bracel	手镯
bracew	人名
brachi	腕足动物
bracke	支架 括弧 托架
brackl	人名
bract	苞片
brad	角钉
bradfo	布拉德福德
braer	山腰 山坡 斜坡
brag	吹牛
bragga	自夸 吹牛
brahmi	婆罗门 僧侣
braid	辫子 镶边
brainl	愚笨
brainp	智能
brains	灵机一动 脑干
brainw	洗脑 灵感
brainy	聪明
braith	人名
brake	刹车 阻碍 丛林
brambl	荆棘 黑莓
branch	树枝 支店 支流 分部 分支 分割
brand	商标 牌子 烙印
brande	勃兰登堡
brandi	挥舞
branso	布兰森
branwe	人名
brash	性急 仓促 无礼 傲慢 胃灼热 骤雨
brashn	自以为是
brass	黄铜 铜管乐器 支付
brassi	奶罩
brassy	厚脸皮
brat	小孩
bratis	布拉迪斯拉发
bratty	讨厌
bravad	虚张声势
brave	勇敢 美好 华丽
braver	勇敢
bravo	喝彩
brawl	争吵
brawn	膂力 体力
brawny	顽强
bray	嘶叫
brazen	厚颜无耻 猖狂
brazie	火盆 铜匠
brazil	巴西
bre	种类 品种 养育 引起 饲养 繁殖
breach	裂口 违背 破坏 违反 突破 破裂
bread	面包 生计 食物
breadc	面包屑
breadf	面包果
breadt	宽度
break	休息 中断 绝交 破晓 突变 打破
breaka	破坏 脱离 脱落 分裂
breakd	崩溃 故障
breake	断路器
breakf	早餐
breako	爆发 越狱 突围
breakt	突破
breaku	分裂 崩溃 解散 解体
bream	打扫
breast	胸部 乳房 胸怀 面对
breath	呼吸 气息 瞬间 生存 低语 喘息
brecht	人名
breech	臀部
breede	饲养员 起因
breeze	微风 煤屑 逃走
breezi	活泼 轻松
breezy	活泼
bremne	人名
brentf	人名
breret	人名
breton	布列塔尼
brevit	短暂 简短
brew	酝酿 酿造
brewer	啤酒厂 制造者
brezhn	人名 勃列日涅夫
brian	布莱恩
briar	荆棘
bribe	贿赂 收买 行贿
briber	行贿 受贿
brick	砖块 积木
brickb	侮辱
brickl	砌砖
brickw	砌砖
bridal	新娘 婚礼
bride	新娘
brideg	新郎
brides	女傧相
bridge	舰桥 桥梁 桥牌 跨越
bridgw	人名
bridle	马勒 约束
bridpo	人名
brief	摘要 简报 简短 短暂 节录 扼要
briefc	公事包
brierl	人名
brig	监狱
brigad	准将
brigan	土匪 强盗
bright	明亮 聪明 鲜明 欢快 生辉 活跃
brilli	光辉 灿烂 辉煌 光亮 卓越
brim	边缘 满溢
brine	盐水 海水
bringe	提供者
brink	边缘
brio	生动
brique	煤砖 煤球
brisba	布里斯班
brisk	强烈 活泼
bristl	刚毛 直立 发怒 充满
bristo	布里斯托尔
britai	英国
britan	大不列颠 英国
britis	英国 英国人
briton	英国人
britta	布列塔尼 人名
brittl	易碎 脆弱
brize	牛虻
bro	兄弟
broach	凿子 钻头 钻孔
broad	宽广 辽阔 广大 显著 宽阔 明白
broade	扩大 放宽
broadh	人名
broads	谴责 胡乱 大刀
broca	人名
brocad	织锦
brocco	花椰菜
brochu	小册子
brock	坏蛋
brodie	失败 倒下
broil	争吵 激动 灼热
broile	小鸡 大热天
broken	破碎
broker	掮客 经纪人 回扣 佣金
brom	人名
bromwi	人名
bronch	支气管炎 支气管
bronco	野马
bronto	雷龙
bronze	青铜 铜像
brooch	胸针
brood	沉思
broody	抱窝 多产 思考
brook	小溪 容忍
brooke	布鲁克
broom	扫帚 金雀花 扫除
broomf	人名
broth	肉汤
brothe	兄弟
brouha	吵闹 骚动
brow	眉毛
brown	褐色
browne	布朗
brownl	人名
browns	有钱人
browse	浏览 吃草
bruce	布鲁斯
brucel	布鲁氏菌病
bruge	布鲁日
bruise	青肿 擦伤 受伤
brunch	早午餐
brundt	人名
brunei	文莱
brunt	冲击
brush	刷子 毛笔 争吵 掠过
brushf	局部
brushw	笔法 绘画 灌木丛
brushy	毛茸茸
brusqu	唐突 直率 粗率
brutal	残忍 野蛮
brute	畜生 残忍
brutis	愚钝 粗野 残忍 野蛮
bruton	人名
brutus	布鲁特斯
bsl	基线 透镜 蒲式耳
bub	小弟弟
bubb	起泡 香槟酒
bubble	泡沫 沸腾
buccal	口腔
buccan	海盗
buccle	人名
buchan	布坎南
buchar	布加勒斯特
buck	雄鹿 纨绔子弟 鞍马 碱水 自夸 谈话
buckar	牛仔 牧童
buckin	白金汉郡
buckla	人名
buckle	皮带扣 扣子 扣住 弯曲 屈服
buckma	人名
buckwh	荞麦
bucoli	牧民 牧歌 农夫
bud	花蕾 发芽 萌芽
budape	布达佩斯
buddha	佛陀
buddhi	佛教徒 佛教
buddie	兄弟
buddy	好朋友 伙伴
budge	推动
budger	虎皮鹦鹉
budget	预算 安排 廉价
budwei	百威啤酒
bueno	人名
buff	擦亮 柔软
buffal	水牛
buffer	缓冲器 缓冲
buffet	自助餐 小卖部 殴打 冲击 搏斗 奋斗
buffoo	小丑 打诨 滑稽
bug	错误 病菌 缺陷 窃听器 癖好 要人
bugabo	鬼怪
bugatt	布加迪
bugbea	怪物
bugger	老兄 家伙 困扰 烦恼 鸡奸 诅咒
bugle	喇叭 号角 吹号
build	建立 建筑 构造 体格
builde	建立者
buildu	发展 集结 增强
bukhar	布哈林
bul	威胁 恐吓 欺负 第一流 十分
bulb	球茎 电灯泡
bulbou	球茎
bulgar	保加利亚
bulge	膨胀 凸出
bulk	大小 体积 大多数
bulkhe	隔壁
bulky	庞大
bull	公牛
bulldo	推土机 强迫 压倒 威胁
bullet	子弹 公告 布告 公报
bullfi	斗牛 斗牛士
bullfr	牛蛙
bullio	金银 金银块 纯金
bullis	看涨 上扬
bullpe	牛栏
bullse	圆心
bullsh	胡说
bullwh	牛鞭
bulmer	人名
bulwar	保障 壁垒 防波堤
bum	懒鬼 乞讨 流浪
bumble	踉跄 跌倒 大黄蜂
bumf	卫生纸 公文
bummer	无赖 游民
bump	撞击 肿块 碰撞
bumper	缓冲器
bumph	公文 手纸
bumpki	乡下人
bumpti	傲慢
bumpy	颠簸
bun	小面包
bund	同盟 联盟
bundle	包扎
bung	塞子 桶孔 肛门 膨胀
bungal	平房
bungee	橡皮筋 蹦极
bungle	粗制滥造 粗劣 失误 笨拙
bunk	铺位 废话 逃走 逃跑
bunker	沙坑 暗堡
bunkho	陋屋
bunn	人名
bunny	兔子
bunt	顶撞 轻打
buoy	浮标 航标 救生圈 浮起 鼓励
buoyan	浮力 弹性 快活 轻快
bur	结实 粗壮 率直
burble	嘟囔 空谈
burden	负担 重载 担子 责任 烦扰
burdoc	牛蒡
bureau	官僚 官吏
burfor	人名
burge	人名
burgeo	萌芽 发芽
burger	汉堡包
burges	市民
burgh	自治市
burghe	公民 市民
burgla	盗窃 窃贼
burgun	勃艮第
burial	埋葬 葬礼
burke	压制
burles	滑稽 可笑
burma	缅甸
burmes	缅甸语 缅甸
burn	烧毁 烧伤 燃烧 发热 烙印
burnel	人名
burner	火炉
burnha	人名 伯纳姆
burnis	擦亮 打磨 磨光 光辉 光泽
burnou	熄火
burp	饱嗝儿 打嗝
burr	毛边
burrel	人名
burrid	人名
burrow	洞穴 藏身处 躲藏 打洞
burun	人名
burund	布隆迪
bury	埋葬 埋藏
bus	公共汽车
bushel	蒲式耳 修整 人名
bushma	林区
bushy	浓密
busi	忙碌
busine	生意 事情 业务 商业 商行 职责
buss	接吻
bustle	喧闹 裙撑 奔忙 忙碌 催促
busy	忙碌 热闹
busyne	繁忙 忙碌
butane	丁烷
butche	屠夫 肉商 小贩 屠宰 屠杀
butler	男管家
butlin	人名
butt	烟头 笑柄
butter	奶油 黄油 蝴蝶
buttoc	屁股
button	按钮 扣住
buttre	支持
butty	三明治 伙伴 监工
butyl	丁基
buxom	丰满 健美
buxton	人名
buy	获得 购买
buybac	回购
buyer	买主 买方
buyout	买下
buz	蜂鸣器
buzz	嗡嗡声 流言 说闲话 嗡嗡叫 散布
bv	圣母玛利亚
bye	再会 回头见
byelaw	规则 条例
byelor	白俄罗斯
bygone	往事 过去
bylaw	附则 细则
byline	副业
bypass	旁路 省略 绕过 忽视 回避
byprod	副产品
byre	牛栏
byrne	伯恩
byron	拜伦
byroni	拜伦
bystan	旁观者 目击者
byte	字节
byword	谚语 俗话 笑柄
byzant	拜占庭
cab	出租车 出租汽车
cabal	阴谋
caball	骑士 骑手
cabana	小屋
cabare	卡巴莱
cabbag	卷心菜
cabin	小屋 客舱
cabine	橱柜 内阁
cable	电缆
caboos	守车
cabra	人名
cache	高速缓冲存储器 隐藏 窖藏
cachet	公章 标记 威望
caciqu	酋长 领袖
cackle	饶舌 闲谈 喋喋不休
cacoph	杂音
cactus	仙人掌
cad	无赖 计算机辅助设计
cadave	死尸 尸体 惨白
cadbur	吉百利
caddie	球童
cadenc	韵律 抑扬 调子 节奏
cadge	行乞 乞讨 贩卖
cadiz	加的斯
cadre	框架 干部
caecum	盲肠
caesar	恺撒 暴君
cafe	咖啡馆 酒店
caffei	咖啡因
cage	牢房
cagey	狡猾 机警 小心谨慎
caglia	卡利亚里
caiman	凯门鳄 鳄鱼
cain	凶手 该隐
caine	该隐
caird	游民
cairo	开罗
caisso	沉箱
cajole	勾引
cake	蛋糕
calaba	葫芦
caladi	贝母
calami	灾难 灾难性 不幸
calcif	钙化
calcit	方解石
calcul	计算 预测 计划 打算 考虑 计算器
calcut	加尔各答
caldro	大锅
calend	日历 日程表
calf	小牛 腓肠
calgar	卡尔加里
calibe	口径 才干 水准
calibr	口径 才干 水准
califo	加利福尼亚
caliph	哈里发
call	呼叫 访问 打电话 号召 召集 要求
calla	马蹄莲
callah	人名
callba	收回
caller	访客 新鲜
callig	笔迹 书法 书法家
callou	麻木 无情 坚硬 硬皮 变硬 麻木不仁
callus	胼胝 老茧
calm	平稳 风平浪静 平静 冷静 镇静 安静
calmne	平静 镇静 冷静
calori	卡路里 热量 生热
calumn	诽谤 中伤
calvar	骷髅
calvin	卡尔文 加尔文
calyx	花萼
calzon	馅饼
camara	友情
camber	人名 弧形 弯曲度
cambod	柬埔寨
cambri	剑桥
camel	骆驼
camell	山茶花 山茶
camemb	法国
camera	照相机 摄影机 暗箱
camero	卡梅伦
cami	输入
camo	迷彩服 保护色
camouf	伪装 掩饰 幌子
camp	露营 帐篷 扎营
campai	战役 运动 作战 老兵
campan	钟楼
campbe	坎贝尔
campde	人名
campes	农夫 人名
campfi	营火
campgr	野营
campho	樟脑
campus	校园
camsha	凸轮轴
camus	加缪
canada	加拿大
canadi	加拿大
canal	运河 水道 沟渠
canale	人名
canard	谣言
canary	金丝雀
canber	堪培拉
cancel	取消 删去 作废
cancer	恶性肿瘤
candid	候选人 坦白 率直 公正
candle	蜡烛
candor	坦白 直率
candou	坦率 正直 公正 爽直 白色 光明
candy	糖果 冰糖
cane	手杖 藤条
canine	犬齿 犬科
canker	溃疡 腐蚀 溃烂
cann	人名 卡恩
cannab	大麻
canne	戛纳
canni	精明 机灵 节约
cannib	食人 同类相食
cannon	大炮 加农炮 炮轰
cannot	无法 不能
cannul	套管
canny	精明 谨慎 节约
canoe	独木舟
canon	圣典 准则 标准 教士
canoni	权威 典型 褒扬
canopy	天篷 苍穹
cant	黑话 斜面 角落 倾斜
cantat	大合唱
cantee	水壶 小卖部
canter	坎特伯雷
cantic	圣歌 颂歌
cantil	悬臂
cantin	酒吧
canto	曲调
canton	行政区 驻扎
canva	帆布 画布 油画
canvas	讨论 游说
canyon	峡谷
cap	盖子 帽子 戴帽子 覆盖 胜过
capab	能干
capabi	能力 性能 约束力
capabl	有能力 能干
capaci	容量 能力 才能 资格
cape	海角 披肩
caper	跳跃 雀跃 蹦跳
capita	首都 大写字母 资本 重要 资本家 资本主义
capito	国会大厦
capitu	投降 条约
capric	反复无常 多变 任性 摩羯座 善变
capsiz	翻覆 倾覆
capsta	绞盘 卷扬机
capsul	胶囊 蒴果
capt	船长
captai	船长 指挥官 海军上校 首领 率领 指挥
captio	说明 字幕 标题
captiv	俘虏
captur	抓取 战利品 获得 迷住
car	汽车 客车
cara	卡拉
carabi	竖钩
caraca	加拉加斯
carame	焦糖
carapa	甲壳
carat	克拉
carb	汽化器
carbid	碳化物
carbin	卡宾枪
carboh	碳水化合物 糖类
carbon	副本 复写纸 碳酸盐
carbur	汽化器
carcas	尸体
carcin	致癌物质
card	卡片 纸牌 明信片 梳理
cardho	持卡人
cardia	强心剂 心脏 贲门
cardif	加的夫
cardin	红衣主教 主要 深红色
cardio	心血管
care	小心 照料 忧虑 关心 介意 在意
careen	倾斜 倾侧
career	事业 生涯 成功
carefr	无忧无虑
carefu	小心 谨慎
carele	粗心 无忧无虑
caress	爱抚 拥抱 宠爱
carew	人名
carewo	忧心忡忡
cargo	货物
caribb	加勒比海
carica	漫画 漫画家
carill	钟乐
carl	卡尔
carla	卡拉
carlil	人名
carlso	卡尔森
carlto	卡尔顿
carmin	深红色
carnab	时装
carnag	大屠杀 残杀
carnal	肉体 肉欲 好色
carnat	康乃馨 粉红色
carneg	卡内基
carnel	红玉髓
carney	哄骗
carniv	狂欢节 食肉动物 食肉 快乐
carny	哄骗 游艺场
carol	颂歌 歌颂
carote	胡萝卜素
caroti	颈动脉
carous	痛饮 畅饮
carp	鲤鱼 吹毛求疵 挑剔
carpar	停车场
carpat	喀尔巴阡山脉
carpen	木匠
carpet	地毯 铺盖
carria	马车 客车 举止 运输
carrie	邮递员 带菌者
carrin	人名
carrio	腐肉
carrot	胡萝卜
carrow	人名
carrut	人名
carry	射程 运载 携带 运送 支持 传送
carson	卡尔森
carte	菜单
cartel	卡特尔
cartes	笛卡尔
cartha	迦太基
cartie	卡地亚
cartil	软骨
cartla	人名
cartlo	大量
cartog	制图
cartoo	漫画
cartri	弹药
cartwh	车轮 侧手翻
carve	雕刻
carver	切肉刀
case	情形 情况 容器 事实 病例 案例
casein	酪蛋白
casewo	社会工作者 社会工作
cash	现金 兑现
cashew	腰果
cashfl	现金流转
cashie	出纳员
cashme	开士米 山羊绒
cask	木桶
casket	匣子 棺材
caspia	里海
cassan	卡珊德拉
cassav	木薯
cassel	人名
casset	暗盒
cassoc	法衣 袈裟
casson	人名
castan	响板
castaw	遭难
caste	社会团体
castel	人名
caster	投手 脚轮
castig	惩罚 修订
castil	卡斯蒂利亚 卡斯蒂利亚语
castle	城堡
castor	海狸
castra	阉割 删除 修正
castro	卡斯特罗
casual	偶然 不经意 便装 临时工 意外事故 伤亡
casuis	诡辩
cat	恶妇 呕吐
catacl	洪水 灾变 地震
cataco	地窖
catalo	目录
cataly	触媒 催化剂
catama	双体船
catapu	弹弓 弩炮 发射
catara	奔流 暴雨 白内障
catarr	卡他
catast	大祸 悲惨 灾难
catcal	嘘声 发嘘声
catch	捕捉 陷阱 拉手 赶上 感染 抓住
catcha	地方
catche	捕手
catchm	流域
catchp	字句
catchw	口号 标语 口头禅
catego	种类 分类 归类
cater	投合 迎合
caterp	毛虫
catesb	人名
catfis	鲶鱼
cathar	陶冶 净化 泻药 通便
cathay	中国
cathed	大教堂
cathod	阴极
cathol	天主教徒 天主教 普遍 广泛 宽宏大量
cation	阳离子
catkin	柔荑花序
catlik	偷偷摸摸
catnap	瞌睡 假寐 打瞌睡
catrio	人名
cattai	香蒲
catty	恶毒
caucas	高加索 高加索山脉
caudal	尾部
caudil	首领
cauldr	大锅
caulif	花椰菜
causal	原因
causat	原因
cause	原因 目标 引起 产生 遭受
causew	公路
causti	腐蚀剂 腐蚀性 腐蚀 讥讽 挖苦
cauter	烧灼 麻木不仁 腐蚀
cautio	小心 慎重 警示 警告 谨慎
cavalc	行列 一系列
cavali	骑士 骑手 傲慢
cavalr	骑兵
cave	凹陷 挖洞
caveat	警告
cavema	穴居人
cavend	板烟
cavern	洞窟 深处 挖空
caviar	鱼子酱
cavity	空穴
cay	珊瑚礁 沙洲
cayenn	辣椒
cayman	凯门鳄
cbs	哥伦比亚广播公司
cdr	会长
cease	停止 终了
ceasef	停火 停战
ceasel	不停 不断
cedar	雪松 香椿
cede	割让
ceil	天花板
ceilid	同乐会
celado	青瓷
celebr	庆祝 祝贺 举行 名声 名人 庆典
celery	芹菜
celest	天国 天空
celiac	腹腔
celiba	独身
cell	单元 细胞 电池
cellar	地窖 地下室
cello	大提琴
cellop	玻璃纸
cellph	大哥大
cellul	细胞
celsiu	摄氏
cement	水泥 胶合
cemete	公墓
cenota	纪念碑 衣冠冢
censer	香炉
censor	检查员 检查 审查 删改 挑剔
censur	责难 非难 指责
centau	半人马座
centen	百岁老人
center	中心 中心点 中锋 中央 集中 居中
centig	摄氏
centim	厘米 公分
centip	百脚
centra	中央 重要
centre	中心 中心点 中锋 中央 集中 居中
centri	离心 离心机 中间路线 中心 中央
centro	质心
centur	世纪 百年
ceo	首席执行官
cephal	头孢菌素
cerami	陶瓷
cereal	谷类
cerebe	小脑
cerebr	大脑
ceremo	典礼 仪式 礼节 正式
certai	确定 必然
certif	证书 证明书 证明 保证
certit	确信
cerule	蔚蓝
cervic	子宫颈
cesar	恺撒
cesare	凯撒 皇帝 人名
cessat	停止
cessio	割让 转让
cesspi	粪坑
cesspo	污水坑 化粪池
cetace	鲸目 鲸鱼
ceylon	锡兰
cha	底盘
chad	乍得
chadia	乍得
chador	罩袍
chafe	擦伤 气恼 摩擦 激怒
chaff	谷壳 揶揄 开玩笑 戏弄
chaffi	花鸡
chagri	懊恼
chaim	人名
chain	枷锁 束缚 囚禁
chains	肢解
chair	椅子 主席 入座
chairl	升降机
chairm	主席 会长
chairp	主席
chalic	酒杯
chalk	粉笔 白垩 记录
chalkb	黑板
chalky	白垩
challe	挑战 盘问 要求 怀疑 挑战者
chambe	房间 枪膛 室内 管家
chamoi	小羚羊 麂皮
champa	香槟酒
champi	捍卫 冠军 拥护者 战士 保卫 拥护
chan	通道
chance	机会 意外 可能性 冒险 大臣 总理
chando	人名
chanel	香奈儿
change	变化 找头 更换 改变 兑换
channe	海峡 航道 频道 引导
chanso	歌曲 歌谣 小调
chant	圣歌 赞美诗 吟唱
chante	音乐会
chao	混沌
chaoti	混乱 无秩序
chap	小伙子 龟裂 皲裂
chapar	灌木丛
chapea	帽子
chapla	牧师
chapli	卓别林
chapma	小贩
chappe	人名
chappi	花花公子 家伙 小伙子
char	打杂 烧焦
charac	个性 字符 人物 性质 品格 资格
charco	木炭
charge	指控 费用 冲锋 电荷 炸药 主管
charis	魅力
charit	慈悲 博爱 施舍 宽厚 慈善
charla	庸医
charle	查尔斯顿 人名
charm	吸引力 魔力 符咒 迷住 陶醉 有魅力
charmi	迷人 快乐
charne	恐怖 阴森
chart	图表
charte	特许状 执照 宪章 特许
charti	宪章派
chartr	黄绿色
chary	细心 吝啬 谨慎
chase	追求 狩猎 追逐 追捕 雕刻 追赶
chaser	猎人 驱逐舰
chasm	裂口
chassi	底盘
chaste	贞洁 纯洁 朴素 惩罚 抑制 纯正
chasti	责骂 惩罚 纯洁 贞操
chat	闲谈 聊天
chatea	城堡
chatte	饶舌 啁啾 喋喋不休 动产 奴隶
chatto	人名
chatty	饶舌
chauce	乔叟
chauff	司机
chauvi	沙文主义
chaw	咀嚼 一口
chd	冠心病
che	胆碱酯酶 化学
cheam	人名
cheap	便宜 不值钱 可鄙
cheape	减价 跌价
cheapn	廉价
cheaps	守财奴 吝啬鬼
cheat	欺骗 作弊 骗子 逃脱 骗取
cheate	骗子
cheche	车臣
check	检查 支票 阻止 核对 寄存 托运
checkb	支票簿
checke	棋盘 分布
checkl	清单 名册
checkm	制止 大败 将死
checkp	检查站
checku	审查 鉴定
cheek	厚颜 脸蛋
cheekb	颧骨
cheeki	厚脸皮
cheeky	厚颜 无耻 色情
cheer	愉快 振奋 欢呼 喝彩
cheerf	快活 高兴 兴高采烈 高高兴兴
cheeri	再会 再见 干杯 高兴 爽快 活泼
cheerl	啦啦队长 不愉快
cheery	愉快
cheesy	俊俏 优秀
cheeta	猎豹
cheeth	人名
chef	厨师
chekho	契诃夫
chelse	切尔西
chem	化学
chemic	化学
chemis	化学 化学家 药剂师
chemo	化疗
chemot	化学疗法
cheney	切尼
cheque	支票
cheris	珍爱 怀有 爱护
cherry	樱桃
chert	燧石
cherub	天使 无邪 可爱
cherwe	人名
chesha	人名
chess	国际象棋
chest	胸部 衣柜 箱子
chestn	栗子 栗色
chesty	骄傲
cheval	骑士
chew	咀嚼
cheyne	人名
chic	漂亮 别致
chicag	芝加哥
chican	奇卡诺人 强词夺理 狡辩 欺骗
chick	小鸡 小鸟
chicka	山雀
chicke	小鸡 鸡肉
chickp	鹰嘴豆
chickw	繁缕
chicor	菊苣
chide	斥责 责骂
chief	领袖 酋长 长官 主要 首位
chieft	酋长 首领
chiffo	薄绸
chigno	发髻
chihua	吉娃娃
chil	寒冷 冷淡
chilbl	冻疮
child	孩子 产物 追随者
childb	分娩
childi	天真 孩子气
childl	天真烂漫
chile	智利
chilea	智利
chill	寒冷 寒意 失意 冷漠 寒心 冷冻
chilli	红辣椒 冷淡
chime	钟声 和谐
chimer	妄想 空想
chimne	烟囱 灯罩
chimp	黑猩猩
chimpa	黑猩猩
chin	下巴
china	中国 瓷器
chinat	唐人街 中国城
chine	脊骨 脊柱 山脊
chines	中文 中国话 中国人 中国
chink	裂口 裂缝 弱点 叮当声 叮当响
chinoi	服装 装饰
chintz	低廉
chip	薄片 碎片 摔倒
chipbo	刨花板
chippe	爽朗 活泼 爽快 凿子 喋喋不休
chippi	荡妇 娼妓
chippy	枯燥无味 荡妇 妓女
chirac	希拉克
chirk	快活 高兴
chirpy	快活 活泼
chisel	凿子 欺骗
chisho	人名
chit	小孩 少女
chitch	闲谈 聊天
chitin	几丁质
chitte	闲谈 聊天
chival	骑士 勇敢
chive	细香葱
chivvy	烦扰 耍花招
chlamy	衣原体
chlori	氯化物
chloro	叶绿素 氯仿 叶绿体 氯喹
chock	满满
chocol	巧克力
choice	选择 精选 挑三拣四 上等
choir	唱诗班 合唱
choke	窒息 阻塞 抑制
chokeh	掐脖子 压制
chola	胆汁
choler	霍乱
choles	胆固醇
cholin	胆碱
cholla	仙人掌
choose	选择 宁愿 愿意
chop	排骨 戳记 商标 剁碎 割断
chopin	肖邦
choppe	斧头
choppy	突变
chopst	筷子
choral	赞美诗
chord	和音
chorda	脊索
chore	零工 家务
chorle	人名
chortl	咯咯笑
chorus	齐声 合唱
chow	食物
chowde	杂烩
chriss	菊花
christ	圣诞节 基督徒 基督 基督教 救世主
chroma	彩色
chromo	染色体
chroni	慢性 习惯性 记录 编年史
chrono	年代学 年表 秒表
chrysa	菊花
chuck	抚弄 赶走 抛掷 卡盘 驱逐 丢弃
chuckl	咕咕叫
chuff	乡下人
chum	密友 室友
chummy	亲密
chump	傻瓜
church	教堂 礼拜 教会 邱吉尔
churli	粗野
churn	搅拌 搅动
chute	瀑布
chutne	酸辣酱
chutzp	肆无忌惮 厚颜无耻
cia	中央情报局
ciao	你好 再见
ciaran	人名
cicero	西塞罗
cid	首领
cider	苹果汁 苹果酒
cig	香烟 雪茄烟
cigar	雪茄
cigare	香烟 纸烟
cigari	香烟
cilant	芫荽叶
cilla	人名
cinch	紧握 必然
cincin	辛辛那提
cinder	煤渣 灰烬 灰姑娘
cine	电影 电影院
cinema	电影院 电影
cinnab	辰砂
cinnam	肉桂
cinzia	人名
cipher	暗号 密码 阿拉伯数字 计算
circle	圆周 循环 范围 环绕 盘旋
circui	电路 巡回
circul	流通 循环 传播 圆形 间接
circum	环境 状况 事件
circus	马戏团 马戏 竞技场
cirenc	人名
cirque	圆环
cirrho	肝硬化
cirrus	卷须 触毛
cissy	懦弱
cister	水塘 水箱
citade	城堡
citati	引用 引证
cite	引用 引证 表彰
citize	市民 公民 国籍
citric	柠檬
citrin	黄水晶
citron	香橼
city	城市
citywi	全市
civic	市民 公民
civil	市民 公民 有礼貌
civili	平民 百姓 民用 文明 教化 文化
civvy	平民 百姓
cj	审判长 首席法官
cl	附着 紧贴 坚持
claim	要求 断言 权利 认领 主张
claima	原告
clairv	千里眼 洞察力
clambe	攀登 爬上
clammy	病态
clamor	喧闹 叫嚷 吵闹
clamou	喧闹
clamp	夹钳 夹紧 强加
clampd	压制 取缔
clan	氏族 宗族 集团
clande	偷偷摸摸 秘密 暗中
clange	过失
clank	叮当声
clanni	氏族 宗族
clansm	族人
clap	拍手 花柳病 鼓掌
claptr	哗众取宠
clare	克莱尔
clarem	克莱尔蒙特
clarid	人名
clarif	澄清 阐明 明晰 净化
clarin	竖笛 单簧管 黑管
clarit	清楚 明晰
clark	克拉克
clarke	克拉克
clash	冲突 抵触
clasp	扣子 紧握
claspe	扣子
class	班级 阶级 种类 分类
classi	古典 经典 杰作 第一流 分类 分级
classm	同班同学
classr	教室
classy	上等 优等 漂亮
claude	克劳德 人名
claus	克劳斯
clause	子句 条款
clavic	锁骨
claw	抓伤 搜刮
clay	泥土 肉体 黏土
claydo	人名
clayto	克莱顿
clean	干净 清白 简洁 清洁 完全 清理
cleanl	清洁 干净
cleans	清洁 净化 纯净 清洁剂 清洁工
cleanu	清除 暴利
clear	清楚 明确 澄清 清晰 放晴 空隙
cleara	清除 间隙
clearc	一清二白
cleary	人名
cleat	楔子
cleava	劈开 裂片 分裂
cleave	切肉刀 劈开 分开 依恋
cleese	人名
clelia	人名
clem	饥饿
clemen	仁慈 宽厚 温和 仁厚
clench	紧握 确定 钉牢
cleres	天窗 长廊 楼座
clergy	牧师
cleric	牧师 文书 教士
clerk	职员 文书
clermo	克莱蒙特
clevel	克利夫兰
clever	聪明 精明
cliche	陈腐
client	客户 顾客 委托人
cliff	悬崖 绝壁
clift	绝壁 断崖
climac	顶点 高潮
climat	气候
climax	高潮 极点
climb	攀登 上升 爬升
climbd	退让 屈服
clime	地方
clinch	钉牢
clingf	保鲜膜
clingy	紧贴
clinic	诊所 临床 门诊部
clink	叮当声
clinto	克林顿
clip	修剪 夹子 回形针 痛打 剪报
clipbo	剪贴板
clique	派系 集团 结党
clit	阴核 阴蒂
clitor	阴核 阴蒂
cllr	议员
cloak	大氅 掩护 遮掩 隐匿
clobbe	衣服 软膏 痛打 击倒
clock	时钟 计时器 记录
clog	障碍 阻塞
cloiso	景泰蓝
cloist	修道院 回廊
clonal	克隆
close	结束 完结 靠近 亲近 亲密 严密
closet	壁橱 秘密 空谈
closur	关闭 终止
clot	凝块 凝结 聚集
cloth	布料 织品
clothe	盖上 赋予
cloud	阴暗 烟雾 疑团 笼罩 黯然 阴沉
cloudb	倾盆大雨 豪雨
cloudi	多云 阴暗 朦胧
cloudl	晴朗
cloudy	多云 浑浊
clough	深谷 峡谷
clout	敲击 破布
clowe	人名
clown	小丑 乡下人
clowni	滑稽
club	俱乐部 木棍 球棒 缴纳
clubby	排外
clue	线索 暗示
cluele	无能
clumsi	笨拙 粗陋
clumsy	笨拙 不雅观 粗陋
clunky	粗笨 笨重
cluste	成串 丛生 聚集
clutch	抓紧 掌握 离合器 抓住
clutte	杂乱 弄乱 凌乱
coach	教练 训练 指导
coagul	凝结
coal	木炭
coales	合并 联合 结合
coalfi	煤田
coalit	结合 联合
coarse	粗糙 粗俗
coast	海岸 滑坡
coasta	海岸 沿海 沿岸
coaste	杯托 垫子
coastl	海岸线
coat	外套
coatha	衣架
coax	诱骗 哄骗
cob	捣碎
cobbet	人名
cobble	鹅卵石 皮匠
cobra	眼镜蛇
coburn	人名
cobweb	蜘蛛网 混乱
coca	古柯
cocain	可卡因 古柯碱
cochle	耳蜗
cock	公鸡 龙头 头目 耸立 竖起 翘起
cockbu	人名
cockcr	姓氏
cocker	溺爱 放纵
cockey	斗鸡眼 荒唐
cockfi	斗鸡
cockle	鸟蛤 褶皱 弄皱 折皱
cockpi	战场
cockro	蟑螂
cocksu	狗杂种 确信 深信
cockta	鸡尾酒
cocky	骄傲 自大
coco	椰子
cocoa	可可粉
coconu	椰子
coctea	人名
cod	欺骗 愚弄
coda	尾音
coddle	溺爱
code	代码 密码 法规 法典
codein	可卡因 可待因
codena	代号
codepe	互相依存
coder	编码器
codex	手抄本 法典 药典
codger	怪人 家伙
codici	附录
codon	密码子
coeduc	男女同校
coeffi	系数
coelia	腹腔
coenzy	辅酶
coerce	强制 强迫
coerci	强迫
coexis	共存
coffee	咖啡 咖啡色
coffer	保险箱 金库 围堰 资金
coffin	棺材 灵柩
cog	小船 欺骗
cogenc	说服力 切题 中肯
cogent	痛切 中肯
cognat	同类 亲族
cognit	认知 认识
cogniz	认识 审理
cohabi	同居
cohen	科恩
cohere	清晰 明了 连贯
cohesi	结合
cohn	人名 科恩
cohort	支持者
coif	头巾
coiffu	头饰
coil	线圈 盘绕 骚动
coin	硬币 金钱 货币 铸币 创造 杜撰
coinci	一致 符合 巧合
coital	性交
coitus	性交 交媾
coke	可口可乐 焦炭
col	出口
cola	结肠 冒号 科朗
coland	滤器
cold	感冒 寒冷 冷淡 冷静 完全
coldne	寒冷 冷淡
coldst	人名
colera	人名
coleri	姓氏
colic	绞痛
colick	绞痛
colin	科林
coliti	结肠炎
coll	胶原 胶质 人名 科林
collab	合作 勾结 协作 合作者
collag	胶原
collap	崩溃 倒塌 虚脱 瓦解 折叠
collar	衣领 颈圈 控制
collat	并行 旁系 校对 校勘 核对 小吃
collea	同事 同僚
collec	收集 采集 募捐 聚集 集中 搜集
colleg	学院 大学 学会
collid	碰撞 抵触
collie	煤矿
collim	校准
collin	科林 人名
collis	碰撞 冲突 抵触
colloc	排列 搭配 布置
colloi	胶质 胶体
colloq	会话 口语 讨论会 谈话 讨论 方言
collor	人名
collud	共谋 串通 勾结
collus	共谋 勾结
colne	人名
cologn	科隆
colomb	哥伦比亚
colon	冒号 结肠
colone	陆军上校 长官
coloni	殖民 殖民地 结肠 移民
colono	结肠镜检查
colony	殖民
color	颜色 面色 颜料 外貌 粉饰 脸红
colora	科罗拉多 着色 特色 色彩
colorf	华美 有趣
colorl	无色
coloss	巨大 巨人
colour	颜色 面色 颜料 外貌 粉饰 脸红
colt	小马
coltra	人名
columb	哥伦比亚 哥伦布 美国 天鸽座
column	专栏 圆柱 纵队
coma	昏迷 麻木
comand	司令官 指挥官
comato	昏睡
comb	头梳 鸡冠 涌起
combat	争斗 战斗
combe	狭谷
combin	联合 结合 联合收割机 组合 合并
combus	燃烧 骚动
come	清秀 标致 美丽
comeba	复原 复辟 复位
comedi	喜剧
comedo	衰落 失望 落魄
comedy	喜剧
comet	彗星
cometa	彗星
comfor	舒服 轻松 舒适 安慰 安乐 宽裕
comfy	舒服 轻松
comic	滑稽 有趣 喜剧
comica	好笑 滑稽 诙谐
comint	共产国际
comity	礼貌 礼让
comm	委员会 通信 商业 贸易 佣金 委任书
comma	逗点 逗号
comman	命令 指挥 控制 部队 司令部 司令官
comme	好像 如同
commem	纪念
commen	注解 批评 评论 备注 开始 评论员
commer	商业 商用 商品化 商务 贸易
commie	共产党员
commin	混合
commis	佣金 委托 委任 服役 委员 理事
commit	委员会 委托 赞助 犯罪
commod	农产品 商品
common	通常 共同 通俗 公共 一般 普通
commot	骚动 暴乱
commun	社区 公众 共有 共同体 交流 交通
commut	交换 减轻 代偿
comp	顺从 依从
compac	紧凑 紧密 简洁 压缩
compad	密友 老友
compag	公司
compan	公司 交往 连队 朋友 陪伴 指南
compar	比较 比喻 对照 相比 相对 对手
compas	同情 怜悯 指南针 范围 音域 包围
compat	适合 兼容性
compel	强迫 迫使
compen	补偿 赔偿金 工资 偿还
compet	竞争 竞赛 对抗 竞争者 胜任 职称
compil	编译 编辑 编纂 收集
compla	抱怨 抗议 控诉 诉苦 满足 自鸣得意
comple	完全 十足 完成 完工 圆满 十分
compli	遵从 顺从 屈从 复杂化 错综 恶化
compon	元件 组件 成分 组成 构成
compor	举动 表现 相称 适合 行为 举止
compos	作文 创作 组成 写作 作曲 平静
compou	混合物 复合词 化合物 院子 复合 混合
compre	广泛 综合 理解 包括 包含 压缩
compri	包含 构成
compro	妥协 折中 和解 危害
compul	强迫 义务 强制
compun	后悔 悔恨
comput	电脑 电子计算机 计算 估算
comrad	同志 伙伴
comte	伯爵
con	精读 默记 反面 欺诈 反对票 肺结核
concat	串联 连结
concea	隐藏 掩盖 隐瞒
conced	承认 退让 让步
concei	构思 认为 怀孕
concen	浓缩 精选 集中 专心
concep	观念 概念
concer	关心 忧虑 担心 挂念 音乐会 和声
conces	特许 让步 认可
concha	外耳
concie	看门人 门房
concil	安抚 和好 调和 说服 抚慰
concis	简洁 简明
conclu	结论 结尾 推论 结束 推断 决定性
concoc	捏造 编造 调制
concom	相伴 伴随 共存
concor	调和 一致 和睦 协定 和谐 契约
concou	集合 总汇 群集
concre	混凝土 具体 实在 凝结
concub	姘妇
concup	色欲
concur	同意 一致
concus	震荡 震动 恐吓
condem	判刑 责备 谴责 非难
conden	压缩 凝缩 浓缩 缩短 凝结 聚合物
condes	屈尊 谦逊 堕落 俯就
condit	情况 条件 健康 决定 适应 调节器
condo	共管
condol	哀悼 吊唁
condom	避孕套
condon	宽恕
conduc	行为 举动 指导 为人 指挥 管理
condui	导管 水管 沟渠
condyl	骨节
cone	圆锥体
coney	兔子
confab	会议 会谈
confec	糖果 蜜饯 甜食
confed	同盟 联盟
confer	会议 授予 带来 协商
confes	承认 坦白 忏悔 供认 招供
confid	信心 机密 吐露 委托 信赖 自信
config	结构 外形 配置
confin	限制 邻接 交界 边缘 范围 区域
confir	证实 确定 批准 巩固 证明 确认
confis	没收 查抄 充公
confla	合并 大火 冲突 合成
confli	战斗 冲突 矛盾 争执 抵触
conflu	合流 集合 人群
confor	一致 遵守 符合 适应 遵照 适合
confou	混淆 狼狈 挫败
confra	团体 协会
confre	同事 同志 同仁 同行
confro	面对 对抗 遭遇 对质 比较
confuc	孔子 儒家 孔夫子 孔丘
confus	混乱 混淆 无秩序 狼狈 困惑
congea	冻结 凝结
congen	天生 先天 协调 一致 适意 意气相投
conges	拥挤 充血
conglo	混合体 砾岩
congo	刚果 刚果河
congol	刚果
congra	祝贺 庆贺
congre	国会 会议 讨论会 议会 集合 聚集
congru	适合 一致 全等 和谐 共同点
conica	圆锥形 圆锥
conife	针叶树
conjec	推测 猜想 揣摩
conjoi	结合 连结 联合
conjug	婚姻 配偶 结合 配合 成对 结亲
conjun	连接词 联合 结合
conjur	变戏法 想象
conk	坏掉 出毛病 昏迷
conlon	人名
connec	连接 关系 联合 联系
connel	康奈尔大学
connex	连接 团体 亲戚
connip	歇斯底里
conniv	默许 共谋 纵容
connoi	鉴赏家 内行
connol	人名
connon	人名
connot	含蓄 内涵
conque	战胜 征服 战利品 克服 得胜
conqui	征服者
conran	人名
consan	血亲 血缘
consci	有意识 知觉 觉察 意识 自觉 良心
conscr	征兵 征用 征召
consec	连续
consen	同意 许可 赞同 合意 一致 同感
conseq	结果 重要性 所以
conser	保守 守旧 保护 保存 蜜饯 果酱
consid	考虑 思考 认为 相当 可观 重要
consig	委托 交付 储蓄 寄存 受托者 收件人
consis	组成 一致 坚持 并立 坚固 坚实
consoc	联合 合作
consol	巩固 联合 统一 安慰 团结 合并
conson	辅音 一致 调和
consor	协会 合伙 财团
conspi	同谋 阴谋 显著 显眼 出众 协力
consta	常数 不变 一定 时常 不断 警官
conste	星座 荟萃
consti	构成 宪法 体格 组成 任命 立宪
constr	建筑 构造 建筑物 建造 强制 约束
consul	顾问 请教 咨询 商讨 商量 协商
consum	消费者 消费 痨病 消耗 消灭 耗尽
contac	联系 交际 熟人 接触
contag	蔓延 歪风
contai	包含 容纳 控制 自制 容器 集装箱
contam	污染 弄脏 毒害 污染物
conte	短篇小说
contem	同时代 注视 沉思 盘算 轻视 轻蔑
conten	内容 满足 意义 要旨 满意 奋斗
contes	竞赛 争论 竞争 争取 争辩 竞争者
contex	上下文 背景 来龙去脉
contig	邻近 接近 接触
contin	继续 延续 延长 连续 连续不断 大陆
contor	曲解
contou	轮廓
contra	合约 婚约 契约 皱缩 缩短 感染
contri	捐助 贡献 有助于 投稿 出力 捐献
contro	控制 管理 克制 操纵 抑制 论争
contus	捣碎 碾碎
conund	谜语 难题
conurb	大都市
conval	恢复期 康复
convec	传送 对流 传导
conven	大会 协定 惯例 约定 传统 习惯
conver	会话 说话 交谈 皈依者 转换 兑换
convex	凸面 凸面体
convey	传达 运输 转让
convic	定罪 信服 坚信 囚犯 罪犯
convin	说服 相信
conviv	酒宴 欢宴 欢乐 高兴
convoc	召集 集会
convol	回旋 卷绕 盘旋 旋绕
convoy	护送 护卫 护航
convul	震动 震撼 动乱 惊厥 痉挛 抽搐
cook	厨子 厨师 烹调 煮饭 加热
cookbo	食谱
cooke	库克
cooker	炉灶 炊具 伪造者 烹调术
cookho	厨房
cookie	饼干
cookso	人名
cookwa	炊具
cooky	饼干 厨师
cool	凉爽 冷淡 冷静 冷却 平息 平静
coolan	冷却剂
coolie	苦力
coolne	凉爽 冷静
coon	浣熊 黑人
cooney	人名
coop	监禁
cooper	合作 协力 配合 合作社
coordi	坐标 同等 并列 协调
coot	白骨顶 笨人 傻瓜
cop	警官 抓住
cope	竞争 应付 长袍
copenh	哥本哈根
copern	哥白尼
copiou	丰富 充裕
copper	警察
coppic	矮林
coproc	协处理器
copse	矮林
copt	科普特人
coptic	科普特人 科普特语
copula	连结 交配 交尾 交媾 连接 结合
copy	副本 复印 抄袭 复制
copybo	字帖 陈腐 陈词滥调
copyri	版权 著作权
coquet	蜂鸟 玩弄
coral	珊瑚
corby	科比
cord	绳索 束缚
corden	人名
cordia	兴奋剂 补品 热忱 诚恳 诚挚 诚实
cordil	山脉
cordon	饰带
cordur	灯芯绒
core	核心 要点
corian	芫荽
corint	花花公子 科林斯
cork	软木塞 软木
corkag	开瓶费
corksc	螺旋形 探听
corky	软木 活泼
corm	球茎
cormor	鸬鹚 贪婪
corn	玉蜀黍 谷类 谷粒 鸡眼
cornba	乡巴佬 陈腐 老派
cornea	角膜
cornel	人名
corner	角落 转角 窘境 垄断 奠基石 基础
cornfl	玉米片 玉米淀粉 玉米粉
cornme	玉米片 麦片
cornst	玉米淀粉
cornuc	丰盛
cornwe	人名
corny	谷类 粗野
coroll	推论
corona	花冠 冠状
corone	验尸官
corp	部队 兵种
corpor	社团 合伙 公司 合作 下士 肉体
corpse	尸体
corpul	肥大 肥胖
corpus	主体 文集 本金 语料库
corrad	人名
corral	畜栏
correc	正确 合适 改正 订正 恰当 端正
correl	相互关系 相关 关联
corres	符合 通信 相当 相符 信件
corrid	走廊 回廊
corrig	人名
corrob	巩固 确证 确实
corrod	腐蚀 侵蚀 破坏
corros	腐蚀 侵蚀 铁锈 腐蚀性 有害 腐蚀剂
corrup	腐败 堕落 贪污 腐烂 腐蚀 恶化
corsai	海盗
corsic	科西嘉岛
corteg	行列
cortex	皮层
cortic	皮层 皮质类固醇
cortis	皮质醇
cos	余弦
cosi	舒适 惬意
cosine	余弦 舒适 安逸
cosmet	化妆品
cosmic	宇宙 无限
cosmo	宇宙 秩序 和谐 大波斯菊
cosmon	宇航员
cosmop	全世界
cossac	哥萨克
cosset	宠爱 珍爱 溺爱
cost	昂贵 奢华
costa	肋骨
costum	装束 服装
coswor	人名
cot	行军床 小屋
coteri	同人 圈内人 小集团
coterm	相连 连接
cottag	小屋 茅舍
cottam	人名
cottee	人名
cotton	棉花 和谐 理解
couch	睡椅 卧榻 横躺 表达 躺下 蹲伏
cougar	美洲狮
cough	咳嗽
coulee	深谷 小溪 熔岩流
couloi	峡谷
coulom	库仑
coun	顾问 参赞 商议 律师
counci	会议 委员会 顾问 参赞
counse	顾问 商议 忠告 劝告 辅导员 律师
count	计算 视为 计数 合计 伯爵
counte	计算器 柜台 筹码 相反 副本 复本
countl	数不尽 无数
countr	国家 乡村 地区 故乡 乡下 农村
coup	妙计 政变
coupe	小轿车
couple	夫妇 连接 成婚 结合
coupon	息票
courag	勇气 胆量 勇敢 大胆 有胆量
course	课程 路线 过程 道路
court	法院 庭院 奉承 献殷勤 追求 招致
courta	人名
courte	礼貌 谦恭 好意
courth	法院
courtr	法庭
courts	求爱 求婚
courty	庭院 天井
coutt	人名
covari	协变量 协方差
cove	山凹
covena	契约 盟约
covent	考文垂
cover	盖子 封面 藉口 覆盖 掩饰 保护
coverl	床罩
covert	隐蔽 偷偷摸摸 隐密 树丛 隐藏处
covet	妄想 垂涎
coveto	贪婪 妄想 贪心
cow	威胁
coward	怯懦 懦弱 胆小
cowboy	牛仔 牛郎 牧童
cower	畏缩 退缩 抖缩
cowhid	牛皮
cowie	人名
cowpea	豇豆
cowpok	牛仔
cowrie	宝贝 贝壳
cox	舵手
coxswa	舵手
coy	腼腆 怕羞 羞怯 害羞
coyle	人名
coynes	怕羞 羞怯
cozi	舒适 安乐 安逸
cozine	舒适 安逸 畅快
cozy	舒适 安逸 惬意
cpc	中国共产党
cpu	中央处理器
crab	螃蟹 偏航 沙果 发牢骚 抱怨 破坏
crabap	沙果
crabby	坏脾气
crabme	蟹肉
crack	裂缝 爆裂 裂开 第一流
crackd	制裁 镇压 痛击
cracke	饼干 爆竹
crackl	裂纹
crackp	想入非非 疯子 怪人
cradle	摇篮 发祥 抚育
craft	技艺 手艺 诡计
crafte	工匠
crafti	狡猾 诡诈 熟练
crafts	工匠 技工
craftw	工艺
crafty	狡诈 诡计多端 巧妙
crag	峭壁
craggy	崎岖 峻峭
cram	塞满 填满 猛吃 贪吃 死记硬背
cramp	痉挛 腹部绞痛 狭窄 抽筋 束缚
cranbe	越橘
crane	起重机 迟疑
cranfi	人名
crania	头盖
craniu	头盖骨
crank	不稳 曲柄
cranki	狂妄 偏执 古怪
cranks	曲轴
cranky	古怪 暴躁
cranny	裂缝 裂隙
crap	废物 废话 掷骰子
crappy	蹩脚 讨厌
crash	猛撞 崩溃 破碎 速成
crashe	猛击 不速之客
crass	粗俗 愚钝 粗糙 非常 粗鲁
crate	板条箱
crater	火山口 弹坑
cravat	领带 围巾
crave	渴望 热望 恳求
craven	懦夫 胆小鬼 怯懦 畏缩 胆小
craw	嗉囊 嗉子
crawfi	小龙虾 后退 退却 退缩
crawl	爬行 养鱼池
crawle	人名 马屁精
cray	小龙虾
crayfi	小龙虾
crayon	蜡笔
craze	狂热 大流行 发狂 开裂
crazi	发狂
crazin	发狂 狂热
crazy	发狂 狂热
cre	教义 纲领
cream	乳酪 奶油 面霜
crease	折痕
create	创造 建造 引起 任命
creati	创造 发明 有创造力 创作 产生 创造力
creato	上帝 创造者 创作者
creatu	动物 生物
creche	托儿所
creden	国书 凭据 证明书
credib	可靠 可信
credit	信用 信任 荣誉 贷款 学分 赞颂
credo	信条
credul	轻信
creek	小溪 小河
creep	徐行 蠕动 蔓延 潜行
creepy	爬行
creigh	人名
cremat	火葬 焚尸炉 火葬场
creme	乳剂
crepus	微光 黄昏 拂晓
cresce	新月
cressw	人名
crestf	垂头丧气 气馁
cretac	白垩纪
crete	克里特岛
crevas	裂缝 决口
crevic	裂缝
crew	全体人员
crewme	组员
crib	食槽 抄袭 拘禁
cricke	蟋蟀 板球
cril	人名
crime	犯罪 罪行 罪恶
crimea	克里米亚
crimin	罪犯 犯人 刑事 有罪
crimp	拳曲
crimso	深红色 脸红
cringe	畏缩 奉承 抖缩 阿谀
crink	蜷缩
crinkl	波纹 拳曲
cripe	啊呀
cripp	克里普斯
crippl	残废 削弱
crisi	危机 紧要关头
crisp	新鲜 活泼 拳曲
crispi	鞋匠
crispn	易碎
crispy	卷曲 易碎 干脆 干净利落 生气勃勃
crissc	十字形
cristi	人名
crit	暴击 评判
critch	人名
criter	标准 准则 规范
critic	批评 决定性 危险 临界 批评家 评论
critiq	评论
critte	家畜
croak	发牢骚
croake	黄花鱼
croat	克罗地亚语
croati	克罗地亚 克罗地亚语
crock	受伤 衰竭
crocke	陶器 瓦器 人名
crocod	鳄鱼
crocus	番红花
croiss	羊角面包
crony	密友 好朋友
cronyi	任人唯亲
crook	坏蛋 弯曲 诈骗
crooke	弯曲
croon	低吟
crop	农作物 产量 平头 收割 修剪 种植
croppe	农作物
croque	炸丸子
cross	十字架 交叉 磨难 杂交 生气 相反
crossb	横木 大梁 横梁 杂种 杂交
crossc	逆流
crossf	交叉火力
crossl	人名
crosso	天桥 交叉
crossp	横木
crossr	十字路口 紧要关头
crossw	交叉
crotch	反复无常 想入非非
croton	巴豆
crouch	蹲伏 蜷缩 蹲下 低头
croupi	管理人
crow	乌鸦 撬棍 报晓
crowba	撬棍 铁撬
crowd	群众 拥挤 挤满 挤进
crown	王冠 王权 顶点 加冕
cru	葡萄园
crucia	决定性 重要 严厉
crucif	十字架 酷刑 苦难 折磨 十字形 十字花科
crude	天然 粗糙 粗鲁
cruden	生硬
crudit	简陋 粗糙
cruel	残酷
cruelt	残酷 野蛮
cruise	巡航 巡弋 漫游 巡洋舰
crumb	碎屑 面包屑 少许 捏碎 弄碎
crumbl	粉碎 瓦解 崩溃 败落
crummy	丰满
crump	炸弹
crumpl	弄皱 崩溃
crunch	压碎
crusad	改革者
crush	压碎 粉碎 群众 迷恋 征服 弄皱
crushe	打击
crushi	极其
crust	外壳 面包皮
crusta	地壳
crutch	拐杖 支撑 依靠
crux	关键 难题
cry	叫声 哭声 叫喊
cryer	人名
crypt	地穴 地下室
crypti	神秘 隐藏 隐秘
crypto	密码学 密文
crysta	水晶 结晶 透明
cub	幼兽 年轻人
cuba	古巴
cuban	古巴
cube	立方体 立方
cubic	立方体 立方
cubica	立方体 立方 体积
cubism	立体派
cubist	立体派
cubitt	人名 丘比特
cuckol	戴绿帽子
cuckoo	杜鹃鸟 布谷鸟
cucumb	黄瓜
cudd	可爱
cuddle	搂抱 拥抱 抚抱 依偎
cudgel	棍棒
cue	提示 线索
cuff	袖口 殴斗
cuffli	袖扣
cuisin	烹饪 厨房
culina	厨房
culley	人名
culmin	顶点 高潮
culott	裤裙
culpab	有罪
culpri	犯人 罪犯
cult	膜拜 祭仪
cultis	狂热
cultiv	培养 耕作 教化
cultur	文化 修养 耕种 培养 教养
culver	涵洞
cumber	笨重 麻烦 累赘
cummer	腰带
cumula	累积
cumulu	积云
cunard	人名
cuneif	楔形 楔形文字
cunha	人名
cunlif	人名
cunn	狡猾 巧妙 可爱
cunnin	巧妙 狡猾
cunt	性交 淫妇
cup	杯子 茶杯
cupboa	碗柜
cupid	丘比特
cupola	圆屋顶
cur	拳曲 弯曲
curati	治病 药物 治疗法
curato	经理 监护人 保护人
curb	抑制 束缚
curbsi	路边
curdle	凝结 凝固 变质
cure	治疗 治愈 治疗法 改正 腌制 硫化
curfew	宵禁
curia	元老院 法庭
curie	居里
curio	古董
curios	好奇心 珍品
curiou	好奇 求知 古怪
curl	拳曲 弯曲
curmud	吝啬鬼 坏脾气
currag	沼泽
curran	葡萄干 人名
curren	涌流 趋势 流通 现在 当前 流行
curric	课程
curse	咒骂 诅咒
cursiv	草书
cursor	游标 光标 草率 粗略
curt	简略 简短 生硬 草率
curtai	窗帘 遮蔽 缩减 剥夺 简略
curtse	屈膝礼
curtsy	屈膝礼
curvat	弯曲 曲率
curve	曲线 弯曲
curvil	曲线
curvy	弯曲
curzon	人名
cusack	人名
cushio	垫子 缓冲 掩盖
cushy	舒适 安逸
cusick	人名
cusp	尖头 尖端
cuss	诅咒 坏话 家伙 咒骂
custod	监护 拘留 监禁
custom	消费者 习惯 风俗 海关 自定义 定制
cutawa	剖面
cutbac	减少
cute	可爱 聪明 伶俐
cutene	可爱
cutesy	矫揉造作
cuticl	表皮
cutlas	短剑
cutler	刀剑 刃具
cutlet	肉片
cutoff	近路 切断 捷径 中止
cutthr	凶手 杀人 残酷
cuttle	墨鱼 乌贼
cutty	锐利
cv	简历
cyan	青色
cyanid	氰化物
cyanob	蓝细菌
cybern	控制论
cyborg	宇航员
cyclam	仙客来
cycle	周期 循环 自行车 整套 轮转
cyclic	周期 轮转 循环 环状 始末
cyclon	龙卷风 暴风
cyclot	回旋加速器
cygnet	小天鹅
cylind	圆筒 汽缸
cymru	威尔士
cynica	愤世嫉俗 讽刺
cynici	犬儒主义
cynthi	月亮
cypher	计算
cypres	柏树
cyprio	塞浦路斯
cyprus	塞浦路斯
cyril	西里尔
cyst	包囊 囊肿
cystic	膀胱 胆囊
cystit	膀胱炎
cytoch	细胞色素
cytolo	细胞学
cytome	巨细胞病毒
cytopl	细胞质
czar	沙皇
czaris	沙皇
czech	捷克人 捷克语 捷克
czecho	捷克斯洛伐克
dab	少量 比目鱼 熟手
dabble	拨弄 涉猎
dacre	人名
dad	爸爸 爹爹
dada	爸爸
dadda	人名
daddy	爸爸
dado	台座
daffod	水仙花
daffy	愚笨 疯狂
daft	愚笨 癫狂
dafydd	人名
dagger	匕首
dago	意大利人 西班牙人
dahlia	大丽花
dai	每日 日常 日报
dainti	优美 美味 讲究
dainty	秀丽 美味 讲究 挑剔
daisy	雏菊 第一流
daiwa	大和
dakar	达喀尔
dal	戏耍 玩弄 闲混 浪费
dale	溪谷
dalkei	人名
dalla	达拉斯
dallia	调戏 调情
dalmat	达尔马提亚
dalrym	人名
dalsto	人名
dalzie	人名
dam	水坝 障碍 控制
damage	损害 伤害
damasc	大马士革
damask	花缎
dame	夫人
dammit	该死
damn	一点 诅咒 丝毫 该死 指责 谴责
damnab	该死 可恨 厉害
damnat	非难 诅咒 糟了 该死 完了
damp	潮湿 湿气 阻尼 抑止 衰减
dampen	沮丧 丧气
damsel	少女 闺女 蜻蜓
danby	人名
dance	跳舞 舞蹈 舞会
dander	头皮屑
dandru	头皮屑
dandy	花花公子 极好
danger	危险 威胁
dangle	追求 悬垂
daniel	丹尼尔
danish	丹麦
dank	阴湿 潮湿
dann	人名
danny	丹尼
dante	但丁
danube	多瑙河
danzig	人名
daphne	瑞香
dapper	整洁 整齐 短小精悍
dapple	斑纹 花斑
darby	钞票 手铐
dare	挑战 挑动 大胆 胆敢
daresa	也许
daring	毅然 大胆
dark	黑暗 黄昏 模糊 深色 隐密 无知
darken	模糊
darkne	黑暗 深色 隐密 模糊 无知
darkro	暗房
darky	黑人
darl	亲爱 可爱
darley	人名
darn	织补
darnde	难以置信
darnel	人名
dart	飞镖 投射 疾走
dartmo	达特茅斯
darwin	达尔文
dash	冲撞 破折号 短跑 猛冲 泼溅 猛撞
dashbo	挡泥板
dastar	懦夫 怯懦
data	资料 数据
databa	数据库
datafl	数据流
date	日期 约会 过时
datebo	记事册
dateli	日期
datum	论据 材料 资料
daub	涂抹 乱画 弄脏 污迹
daught	女儿
daunt	威吓 难倒 气馁
daunti	吓人
dauntl	不屈不挠 大胆
dauphi	皇太子
davent	人名
daver	人名
davey	戴维
davi	戴维斯
david	大卫 戴维
davide	人名
davie	人名 戴维
davy	宣誓书
dawdle	游手好闲 混日子
dawn	破晓 黎明
day	日子 白天 工作日
daybre	黎明
daydre	白日梦
daylig	白昼 日光
dayroo	休息室
daytim	白天 日间
daze	茫然 发昏 眼花缭乱 迷乱
dazed	头昏眼花 眼花缭乱 茫然
dazzle	眼花 炫耀 耀眼
dazzli	耀眼 灿烂
dc	直流电
ddt	滴滴涕
de	行为 实行 契约
deacon	执事 朗读
deacti	复员 无效
dead	麻木 熄灭 死者 完全 直接 致命
deaden	减弱 麻木
deadfa	陷阱
deadli	最后期限 截止期限
deadlo	僵局 停顿 相持不下
deadwe	自重 重负
deadwo	朽木 无用 人员
deafen	震耳欲聋
deal	交易 协定 数量 买卖 处理 应付
dealer	经销商 商人
dean	院长
deana	人名
deaner	教区
dear	亲爱 昂贵 严重 急迫 深爱 高价
dearde	人名
dearie	亲亲
dearlo	人名
dearth	缺乏
death	死亡
deathl	永恒
debacl	崩溃
debar	排除 防止 禁止
debark	登陆
debase	贬低 降低
debata	成问题
debate	辩论 讨论 争论
debauc	放荡 堕落
debili	衰弱 体弱
debit	借方
debona	高兴
debone	去骨
debri	碎片 残骸
debrie	盘问
debt	债务 罪过
debtor	债务人 借方
debug	调试
debunk	揭穿 暴露
debuss	德彪西
debut	开张
debuta	女子
decade	衰微 颓废 颓废派
decamp	撤营 逃走 逃亡
decapi	斩首 杀头 开除 撤职 解雇
decay	衰退 腐败
decede	死者
deceit	欺骗 谎言 欺诈
deceiv	欺骗 行骗
decele	减速
decemb	十二月
decenc	得体 礼貌 正派
decent	得体 大方
decept	欺骗 诡计
decibe	分贝
decide	决定 判决 坚决 明显 显而易见 显然
decili	分升
decima	十进位 小数 十进制
deciph	解释
decisi	决定 决心 决断 决定性 坚定 果断
deck	甲板 装饰 打扮
declai	演讲 朗读
declam	雄辩 慷慨激昂 朗读
declar	宣布 声明 申报 断言 宣告 说明
declas	解密
declen	变格 倾斜 衰退
declin	衰退 跌落 下降 降低 衰落 偏斜
decliv	倾斜 下坡
decode	解码 译码器
decomm	退役
decomp	分解 腐败 变质 腐烂 减压
decons	解构
decont	净化
decor	装饰 布置
decora	装饰 装饰品
decoro	有礼貌 高雅 端正
decoru	端正 礼貌 合宜 礼仪
decoy	圈套 诱骗
decrea	减少
decree	法令 判决 天意 颁布
decrem	减少
decrep	衰老 老朽
decry	反对 责难 诽谤 诋毁
dedica	献出 贡献 奉献 献身
deduce	推论
deduct	减除 扣除 推论 减去
deem	认为 相信
deep	深入 深渊 深处 深刻 在深处 深沉
deepen	深化 加深 强烈
deface	毁损
defama	中伤 诽谤
defame	诽谤 中伤
defaul	违约 缺席 拖欠 默认
defeat	败北 失败 击败 落空
defeca	澄清 净化 排便
defect	缺点 欠缺
defenc	防卫
defend	防护 辩护 防卫 被告
defens	防卫 自卫 守势
defer	推迟 延期 听从
defere	顺从 尊重 恭敬 谦恭
deferm	迁延 延期
deferr	延期 迟延
defian	蔑视 挑战 挑衅 目中无人
defici	赤字 缺乏 不足
defile	弄脏 污损 败坏 隘路 污秽 污辱
define	定义 规定 明确
defini	定义 精确度 清晰度 清楚 明确 一定
deflat	放气 缩小 通货紧缩
deflec	转移 偏斜
deflow	采花
defoli	落叶 落叶剂
deform	残缺 畸形 变形
defrau	欺骗
defray	支付 支出
defros	除霜 解冻
deft	灵巧 熟练 敏捷
deftne	熟练 灵巧 敏捷
defunc	死者
defuse	平息
defy	藐视 挑衅 落空 挑战
deg	程度
degene	堕落 退化 变质 恶化 退步
degrad	降格 堕落 退化 降级
degree	程度 度数 学位
dehuma	非人化 灭绝人性
dehydr	脱水 脱氢酶
deific	奉若神明 神化
deify	奉若神明 崇拜
deign	屈尊 赐予
deism	自然神论
deity	神性
deject	沮丧 灰心 粪便
dejeun	早餐 午餐
deke	假动作
delawa	特拉华
delay	耽搁 迟滞 延迟
delect	美味 愉快 欢乐
delega	代表 代表团
delete	删除
deleti	删除
delft	陶器
deli	熟食店
delibe	故意 深思熟虑 从容 熟虑 熟思 审议
delica	微妙 美味 细软 精致 娇气 棘手
delici	美味
deligh	高兴 愉快 乐于 可爱
deline	描绘 描写 略图 描述
delinq	失职 怠忽
deliri	神志昏迷 发狂 精神错乱 狂热 谵妄 亢奋
delive	递送 陈述 释放 发表 引渡 投递
delo	人名
delor	人名
delphi	靛蓝色 神谕 暧昧
delta	三角洲
deltoi	三角形 三角肌
delude	迷惑 蛊惑
deluge	泛滥
delusi	迷惑 欺瞒 错觉
deluxe	高级 豪华
delve	探究 查考
demago	煽动 蛊惑
demand	要求 需求 需要 查询
demarc	定界 分开 区别
demean	行为 品行 举止
dement	痴呆
demeri	缺点 短处 过失
demesn	私有
demimo	暗娼 妓女
demise	死亡 让渡 遗赠 转让
demiur	造物主
demo	演示
demob	遣散 复员
demobi	复员 遣散 退伍 出场
democr	民主 民主主义者 民主政治 民主主义 民主化
demogr	人口统计学
demois	闺女 少女
demoli	毁坏 破坏 粉碎 撤销
demon	魔鬼
demoni	恶魔 妖魔化
demons	示范 证明 示威 实证 示威者
demora	道德败坏 堕落
demote	降级 降职
demoti	降级 降职
demur	反对 抗辩 异议
demure	假正经 娴静 认真
demyst	启发
den	兽穴 洞穴
dene	沙丘
dengue	登革热
denham	人名
denhol	人名
deni	丹尼斯
denial	否认
denigr	变黑 玷污 诋毁 贬低 抹黑
denim	牛仔布 工作服 工装裤
denise	丹尼斯
denize	居民 外来语 移植
denman	人名
denmar	丹麦
denn	丹宁
denni	丹尼斯
denny	丹尼
denomi	名称 教派 面额
denota	指示 表示 符号
denote	指示 表示
denoue	结局 终场
denoun	告发 抨击 谴责
dense	密集 浓厚
densit	密度
dent	凹痕 削弱 塌陷
dental	牙齿
dentis	牙科医生
denucl	无核化 非核化
denude	裸露 剥夺
denunc	谴责 告发
denver	丹佛
deny	否认 拒绝
denzil	人名
depard	人名
depart	部门 机关 离开 出发 违背 偏离
depend	信赖 依赖 从属 依存 属国 保护
depict	描述 描写 叙述
deplet	耗尽 衰竭 消耗 放血
deplor	悲悼 哀叹
deploy	展开 配置
deport	举止 驱逐出境 放逐 行为
depose	免职 废黜 作证
deposi	存款 定金 存放 堆积 沉淀 免职
depot	停车场 车站 仓库
deprav	堕落 腐败 邪恶
deprec	减价 跌落 贬低 折旧
depred	掠夺 破坏
depres	不景气 消沉 沮丧 压低 降低 萧条
depriv	剥夺 丧失 免职
dept	学校 科室 部门 车间
depth	深度 深处 深奥
deputa	代表团
depute	委任
deputi	代理
deputy	副手 代理人
derail	出轨 变速器
derang	扰乱 发狂 捣乱 紊乱 精神错乱 混乱
derby	德比
dereli	玩忽职守
deride	嘲弄 嘲笑
derisi	嘲笑 可笑 嘲弄
deriso	可笑
deriva	引出 派生
derive	起源
dermal	皮肤 真皮
dermi	真皮 皮肤
deroga	贬损 毁损 减损 堕落
derric	起重机 小偷
derrid	德里达
derrie	臀部 后面
derry	民谣 歌谣
descen	下降 世代相传 屈尊 袭击 降落 侵袭
descri	描述 描绘 说明 种类 叙述
desecr	亵渎
desens	麻木不仁 脱敏
desert	沙漠 功劳 不毛 放弃 遗弃
deserv	值得
desicc	干燥
design	设计 图样 方案 企图 计划 设计者
desira	可取
desire	欲望 要求 想要 请求 渴望
desiro	想要 想望 渴望
desist	停止 控制
desk	书桌 办公桌 工作台
deskto	桌面
desola	荒凉 荒芜 荒废
despai	绝望 失望
despat	派遣
despen	人名
desper	不顾一切 危急 拼命 绝望 极度
despic	可鄙 卑劣
despis	轻视
despit	轻视 憎恨 尽管
despoi	夺取 掠夺
despon	丧气 失望 沮丧
despot	暴君 专制 专横 暴虐 独裁
dessie	人名
destab	动摇
destin	目的 目标 命运 定数 注定 预定
destit	穷困 缺乏 贫穷
destro	破坏 毁坏 消灭
destru	破坏 毁灭 毁灭性 有害
desult	散漫 杂乱无章
detach	分离
detail	细节 详情 详述 选派
detain	扣留 扣押 耽搁
detect	发现 察觉 探测 侦探
detent	阻止 监禁 拘留
deter	制止 威慑
deterg	清洁剂
deteri	恶化 衰退 退化
determ	决定 决心 果断 决定性
deterr	制止 威慑 遏制 威慑力量
detest	厌恶 憎恨 可憎 可恶 憎恶 嫌恶
dethro	废黜
detona	引爆 爆炸 爆裂 雷管 炸药
detour	绕路 迂回 绕道
detoxi	解毒
detrac	减去 贬低 转移 分散
detrim	有害
detrit	碎石
detroi	底特律
deuce	平手 平分
deus	上帝
deuter	重氢
deutsc	德国马克 德国 人名
dev	发展 偏差 开发人员
devalu	贬值
devast	毁坏
develo	发展 发达 进步 显影 生长 开发者
devian	不正常
deviat	背离
device	装置 设计 策略 设备
devil	魔鬼 折磨 戏弄
devili	可恶 邪恶 凶暴 异常 过分 非常
deviou	偏僻 迂回 曲折
devise	设计 发明 图谋 遗赠
devoid	全无 缺乏
devolu	相传 转让
devolv	转移 下放 委托
devoni	泥盆纪
devore	人名
devote	献身
devoti	热爱 投入
devour	吞食 挥霍 吞没
devout	虔诚 虔敬 诚恳 衷心
dew	露珠 露水 沾湿
dewhur	人名
dewsbu	人名
dexter	右侧 右边 幸运 吉利
dhaka	达卡
dharma	达摩
diabet	糖尿病
diabol	恶魔 恶毒 凶暴
diachr	历时
diadem	王冠 王权
diagno	诊断 特征
diagon	对角线 斜纹 斜线 对角
diagra	图表 图解
dial	刻度盘 钟面 转盘
dialec	方言
dialog	对话
dialys	透析 渗析
diamet	直径
diamon	钻石 菱形
dianne	黛安娜
diaper	尿布
diapha	透明 轻柔
diaphr	光圈
diarrh	腹泻
diary	日记
diatom	硅藻
diatri	抨击 谴责
dibble	挖洞
dice	骰子 掷骰子
dicey	危险
dichot	分裂 二分
dick	家伙 词典 誓言
dicken	狄更斯
dicker	还价
dickhe	白痴
dickie	围嘴 低劣
dicky	靠不住 软弱
dictat	听写 口述 命令 指挥 指令 独裁者
dictio	字典 词典
dictum	声明 格言
didact	教训 说教 教导 教诲
diddle	欺骗 骗取 浪费
didger	迪吉里杜管
dido	胡闹
die	死亡 消逝 平息 熄灭 漠然 渴望
dielec	绝缘体
diesel	内燃机 柴油机 柴油
diet	议会 忌食
dietar	饮食
dietet	饮食
differ	不同 差异 各别 各种 区别 区分
diffic	困难 难点
diffid	羞怯 畏缩 胆怯 踌躇
diffra	衍射
diffus	散播 传播 蔓延 散开 弥漫 喷雾器
dig	发掘 挖掘
digest	文摘 消化 理解 领悟
diggor	人名
digit	数字 指头
digita	数字
digiti	数字化 数位化 数码化
dignif	高贵
dignit	尊严 高贵
digres	离题 偏离
dijon	第戎
dike	堤防
diktat	勒令
dilapi	荒废 破损 崩塌
dilata	膨胀 扩张 扩大 铺张 详述
dilate	扩大 详述 膨胀
dilati	膨胀 扩张 扩大 铺张 详述
dilato	拖拉
dilemm	困境 窘境
dilett	业余爱好者 外行 浅薄
dili	帝力
dilige	勤奋 勤勉 用功
dill	莳萝
dilute	冲淡 稀释
diluti	冲淡 稀释
dim	暗淡 模糊
dimble	人名
dimens	尺寸 次元 面积 维数
dimini	减少
diminu	小型 爱称 减少 缩小 减低
dimity	麻纱
dimnes	不清楚
dimple	酒窝 涟漪
dimwit	傻瓜
din	喧嚣 喧闹
dinar	第纳尔
dine	进餐 宴请
ding	钟声
dinghy	小船
dingle	幽谷 发抖
dingo	澳洲野犬
dingy	暗淡 昏暗 邋遢
diniz	人名
dink	漂亮 打扮
dinky	极小 不足道 整洁
dinner	晚餐 正餐 宴会
dino	意大利人 流浪汉
dinosa	恐龙
dint	凹痕 作用
diode	二极管
dionys	狂欢节 狂饮
dior	迪奥
dioram	透视画
dioxid	二氧化物
dip	降下 涉猎
diphth	白喉 复合元音
diploc	人名
diploi	双重 双倍 二倍体
diplom	外交 老练 外交官 外交手腕 文凭 毕业证书
dipole	偶极
dipper	北斗七星
dippy	昏头昏脑
dipsti	量油尺
dire	可怕 悲惨 阴沉 极端
direct	主管 导演 董事 方向 指导 趋势
dirge	挽歌 哀乐
dirigi	飞船
dirk	短剑 匕首
dirt	污垢 泥土
dirtba	人渣
dirty	肮脏 卑鄙 弄脏
disabi	无力 无能 残疾
disabl	残废
disabu	省悟
disadv	缺点 不利 坏处
disaff	不满 不平 背叛
disagg	分解
disagr	不合 争论
disall	不许 不准 驳回
disapp	消失 不见 失望 看不见 失踪 不赞成
disarm	裁军 缓和
disarr	弄乱 混乱 无秩序 杂乱
disass	解开 拆开 分离 拆卸 分解 分裂
disast	灾祸 不幸 悲伤
disavo	否认 否定 拒绝
disban	解散 遣散
disbel	怀疑
disbur	支付 支出 分配
disc	圆盘 唱片
discar	丢弃 抛弃
discer	辨别 了解
discha	卸下 放出 解雇 拔染 履行 放电
discip	训练 纪律 惩罚 训诫 弟子 门徒
discla	放弃 弃权
disclo	揭露 透露 揭发 泄露
disco	夜总会 迪斯科 的士高
discol	变色 污染 脱色 褪色 漂白
discom	困苦 不适
discon	不满 分离 拆开 断开
discor	不调和 不和 刺耳 冲突
discot	夜总会 迪斯科 的士高
discou	谈话 演讲 讲述 折扣 贴现率 打折扣
discov	发现 找到 暴露
discre	慎重 辨别力 考虑 差异 小心 丢脸
discri	差别 辨别力 区别
discur	离题 东拉西扯 推论
discus	讨论 论述
disdai	蔑视 鄙弃
diseas	疾病 弊病
disemb	上岸 登陆
disenc	觉醒 清醒
diseng	脱离 松开 解脱 分开 空闲
disent	松开 解决 解开
disequ	失调
disfav	厌恶 不悦 失宠 不赞成 不利
disfig	玷污 损害
disgor	呕吐
disgra	耻辱 不名誉 失体面
disgru	不满
disgui	假装 隐瞒
disgus	厌恶 嫌恶 作呕
dish	盘子 菜肴
dishar	不调和
dishev	凌乱
dishon	不名誉 玷辱 蒙羞 耻辱 不光彩 丢脸
dishwa	洗碗机 餐具
dishy	有魅力
disill	觉醒 幻灭 醒悟
disinc	抑制 不愿 厌恶
disinf	消毒 杀菌 消毒剂 杀菌剂
dising	狡猾
disint	分解 碎裂 瓦解 廉洁 公平 掘出
disjun	分离 分裂 分隔
disk	圆盘 磁盘
disket	磁盘
dislik	嫌恶 讨厌
disloc	脱臼 转位 混乱 弄乱
dislod	逐出 移动 驱逐
disloy	不实 不义
dismal	阴沉 凄凉 沼泽
disman	分解
dismay	沮丧 惊愕 气馁
dismem	分割
dismis	解散 开除 解职 免职 解雇
dismou	下马
disney	迪斯尼乐园
disobe	不孝 违反 违背
disord	杂乱 混乱 扰乱 失调
disorg	混乱 瓦解 解体
disori	迷惑
disown	否认
dispar	不相干
dispas	冷静 公平
dispat	派遣
dispel	驱散 驱逐
dispen	分发 分配 特许 豁免
disper	分散 传播 散开
dispir	沮丧 气馁
displa	显示 陈列 炫耀 显示器 表现 替换
disple	不愉快 生气 不满
dispos	丢掉 处理 排列 销毁 布置 处置
dispro	反驳
disput	争论
disqui	打搅 烦恼 忧虑 不安 焦虑 研究
disrae	迪斯雷利
disreg	忽视 漠视 不顾
disrep	不名誉 失修 破损 不光彩 声名狼藉
disres	不敬 失礼 无礼
disrob	脱衣服
disrup	分裂 中断 瓦解 崩溃 破坏
dissat	不满 不平
dissec	解剖
dissem	散播 传播 宣传
dissen	异议
disser	论文
dissid	持不同政见 持不同政见者
dissim	不同 相异 掩饰 虚伪
dissip	散失 驱散 浪费 消散 放荡
dissoc	分离 游离 分裂 分解
dissol	溶解 解散 分解 结束
disson	不调和 刺耳
dissua	劝阻
distal	末梢
distan	距离 远方 遥远 疏远
distas	讨厌 嫌恶
distem	温热 坏脾气
disten	膨胀 扩张
distil	蒸馏 滴下 渗出 酒厂 蒸馏器 精华
distin	区别 辨别 清楚 显著 不同 出众
distor	扭曲 歪曲 变形 曲解
distra	转移 分心 发狂 娱乐
distre	苦恼 贫困 痛苦 亏本出售
distri	区域 地方 分配 散布 分发 分配器
distru	怀疑 可疑
distur	扰乱 妨碍 不安 忧虑
disus	不用 废弃
disuse	废弃 废止
ditch	沟渠
dither	发抖 兴奋
ditto	同上 重复
ditton	人名
ditty	小调 小曲
ditzy	愚蠢
diuret	利尿剂 利尿
diurna	每日 白天
div	分开 区分
divan	咖啡馆
dive	潜水 跳水 俯冲 猛冲
diver	潜水者
diverg	分歧 岔开
divers	差异 多样性 不同 转移 多样化 变化
divert	转移 欢娱
divest	摆脱 脱去 剥夺 夺取
divide	分开 分配 分裂 分水岭 被除数 股利
divina	占卜 卜卦 预测
divine	神圣 非凡 神学家
divini	神性
divisi	分开 除法 部门 部分 区分
divorc	离婚
divot	草皮
divulg	泄露 透露
divvy	分摊 分配 瓜分
diy	自己动手
dizzi	头昏眼花
dizzin	头昏眼花
dizzy	晕眩 眼花缭乱
djibou	吉布提
dk	丹麦
dm	医学博士
dna	脱氧核糖核酸
doable	切实可行
dobb	人名
docent	讲师 讲解员
docher	人名
docile	温顺 驯服
docili	顺从 温顺
dock	码头 船坞
docket	摘要
dockla	港区
dockya	造船厂
doctor	医生 博士 诊断 修改 行医
doctri	教条 学说
docume	文件 公文 文档 证明
dodder	摇摆 蹒跚 菟丝子
doddle	儿戏
dodge	避开 躲避 诡计 躲藏
dodgem	碰碰车
dodgy	狡猾 逃避
dodo	渡渡鸟
doer	实干家
doff	丢弃 摆脱
dog	坏蛋 跟踪 尾随
doge	总督
dogfig	混战 空战 狗咬狗
dogged	顽强 固执 犟劲
dogger	打油诗
doggie	小狗
doggon	可憎 可恶 极端 非常 畜生
doggy	时髦
doghou	狗窝
doglik	忠实
dogma	教条
dogmat	教条 武断 教条主义
doh	卫生部
dojo	道场
dol	洋娃娃
dolefu	悲哀 忧郁 阴沉 阴郁
doll	洋娃娃
dollar	美元
dolomi	白云石
doloro	忧伤 悲痛
dolphi	海豚
dolt	呆子 笨蛋 傻瓜
domain	领域 领土 产业 范围
dome	圆顶
domesd	世界末日
domest	家庭 国内 驯养
domici	住所 住宅 定居 住处 住家
domina	支配 占优势 优势 显性 统治 控制
domine	跋扈 作威作福 盛气凌人
domini	多明尼加共和国
domino	面具 骨牌 多米诺骨牌
don	先生 阁下 穿上
dona	夫人
donald	唐纳德
donate	捐赠
donati	捐款 捐赠
doning	人名
donkey	驴子 笨蛋
donna	女士
doodad	便宜货
doodle	涂鸦 傻子
doofus	蠢人
dooley	人名
doom	厄运 不幸 法律 宣告 判决 死亡
doomsd	世界末日
doorbe	门铃
doorfr	门框
doorke	看门人 门卫
doorma	看门人 擦鞋垫
doorpo	门柱
doorst	门阶
doorwa	门口 途径
doorya	庭院 前院
dope	笨蛋 麻痹 吸毒
dopey	呆笨 迟钝
doppel	幽灵
dopple	多普勒
dorado	剑鱼
dore	多尔
dorigo	人名
dork	笨蛋 无能 呆子
dorky	愚蠢 无能
dorm	宿舍
dorman	静止 休眠 蛰伏
dormit	宿舍
dornie	人名
dorsal	背部 背侧
dorsum	背部
dosa	怨恨 恼怒
dosage	剂量 用量 配药
dose	剂量 给药 医治 服药
doss	床铺 睡眠
dosser	驮筐
dot	圆点 小数点 嫁妆
dotage	老耄 溺爱
dote	昏聩 溺爱
dotty	愚蠢 薄弱
doub	加倍 双重
double	两倍 双重 加倍 代替
doubt	怀疑 疑惑
doubtf	可疑 疑心 不明确
doubtl	无疑 确定
douche	冲洗
dough	生面团
doughb	团子 步兵
doughn	油炸圈饼
dought	强悍 勇敢 刚强
doughy	面团 半熟 苍白
dougla	道格拉斯
dour	阴沉 严厉 顽强 阴郁 闷闷不乐
douse	平息 浸泡
doveco	鸽房
dover	多佛
doveta	吻合
dovish	鸽派 温和派
dowdy	过时 懒散
dowel	销子 木钉
dower	嫁妆 天赋
downbe	下降 低沉 衰退 悲观
downca	气馁 沮丧
downe	人名
downer	镇定剂
downfa	衰败 大雨
downgr	降低 贬低 下坡
downhi	下坡 向下
downla	丘陵
downpo	倾盆大雨
downri	明白 率直 十足 全然 彻底 完全
downsl	下坡
downst	楼下
downto	市中心
downtu	衰退
downwa	向下
downwi	顺风
downy	绒毛 柔和
dowry	嫁妆
doxolo	颂歌
doyen	老资格 首席
doze	打瞌睡 假寐 瞌睡
dozen	一打
dozer	推土机
dozy	想睡
dr	博士 医生
drab	单调
drabne	乏味 单调
dracon	严厉 残酷
dracul	吸血鬼
draft	气流 草稿 汇票 草案 起草 征兵
drag	拖累 拖拉 拖动
dragne	拖网 法网
dragon	蜻蜓
dragoo	骑兵 暴徒 弹压 强制
drain	排水沟 消耗 排水 排出 喝光 耗尽
draina	排水
drainp	排水管
dram	打兰 微量
drama	戏剧
dramat	戏剧性 生动 戏剧 引人注目 突然
drape	褶皱
draper	布料
drasti	激烈 彻底
draugh	气流 草稿 汇票 通风 牵引 起草
draw	拖拉 挨近 领取 引导 描写 制订
drawba	缺点 退税
drawbr	吊桥
drawdo	减少 消耗
drawer	抽屉
dray	运货马车 雪橇
dread	恐惧 可怕 害怕
dreadf	可怕
dream	空想 愿望 做梦 想象 梦想
dreami	朦胧
dreaml	梦幻 梦境 梦乡 睡眠
dreams	幻景
dreamy	空幻 梦想
dreari	沉寂 凄凉 可怕
dreary	沉闷
dreck	废物 垃圾
dredge	拖网 挖泥船
drench	湿透 充满 滂沱大雨
dresde	德累斯顿
dress	服装 覆盖物 穿着 整理
dresse	碗柜
dressm	裁缝
dri	干燥 枯燥
dribbl	流口水 滴下 运球 点滴 口水 少量
drift	漂流 动向
drifte	漂流者
drill	训练 钻孔
drille	钻床 钻机
drink	饮料 喝酒
drinka	饮用 饮料
drinke	酒徒
drip	水滴 滴下
drippy	滴水
drive	驾车 快车道 驱动 动力 击球 驱动器
drivel	淌口水 胡说 胡言乱语
driver	驾驶员 驱动器 驱动程序
drives	传动轴
drivew	车道
drizz	下毛毛雨
drizzl	细雨 下毛毛雨
droid	机器人
droll	好笑 滑稽 逗趣
drone	雄蜂 混日子
drool	流口水 胡说八道 口水 胡说
droop	下垂 消沉 低垂
droopy	下垂
drop	微量 落下 空投 放下 掉下 下降
drople	小滴
droppe	滴管
drosop	果蝇
dross	碎屑 渣滓
drough	干旱 缺乏
drown	淹死 淹没
drowse	瞌睡 打瞌睡
drowsi	睡意 昏昏欲睡 懒洋洋
drowsy	昏昏欲睡
drub	殴打 硬灌 敲击
drudge	苦工
drug	麻药 麻醉药 吸毒 麻木
druggi	药商 药剂师 瘾君子
drugst	药房 杂货店
druid	巫师
drum	鼓声
drumbe	鼓声
drumme	鼓手
drummo	人名
drunka	酒鬼
drunke	酒醉
druthe	选择 偏爱
dry	枯燥无味 干燥 干涸
dryer	干燥剂
drynes	干燥 冷淡
drysda	人名
du	恰当 充分 适当 及时
dual	双重 双数
dualis	二元论 二元
dub	配音 笨蛋
dubai	迪拜
dubiou	可疑
dublin	都柏林
ducal	公爵
ducat	入场券 门票
duches	公爵夫人
duchy	公国
duck	鸭子 闪避 躲避
ducky	极好 可爱
ductil	韧性
dud	衣服 哑弹 无用
dude	纨绔子弟 花花公子 男人 家伙
dudley	达德利
due	到期 应得 应付 约定
duel	决斗 斗争 竞争
duet	二重奏
duff	煤屑
duffer	笨蛋 假货
duffie	人名
duffy	达菲
duggan	人名
dugout	独木舟
duke	公爵
dul	迟钝 不清楚
dull	无趣 呆滞 阴暗 迟钝 缓和 减少
dullar	蠢人 笨蛋
duma	杜马
dumb	默默 无言
dumbas	笨蛋 傻子
dumbbe	哑铃
dumbne	无言 沉默
dummy	傀儡 假人 仿制品 名义上
dump	倾倒 倾销
dumper	垃圾车
dumpl	团子
dumpy	矮胖
dun	催讨
dunce	傻瓜
dune	沙丘
dungar	工作服 人名
dungeo	地牢
dunham	人名
dunkir	敦刻尔克
dunsta	人名
dunwoo	人名
duo	二重唱
duoden	十二指肠
duomo	大教堂
dup	打开 重复
dupe	傻瓜 欺骗 愚弄
duplex	复式 二重
duplic	副本 复本 复制品 复制 二重 加倍
dupont	杜邦
durabl	持久 耐用
duran	人名
duranc	禁锢 监禁
durati	持续时间 持续
durban	德班
duress	强迫 监禁
durkhe	涂尔干
durran	人名
dusk	薄暮 傍晚 黄昏
dusky	暗淡 忧郁
dussel	杜塞尔多夫
dust	灰尘 尘埃 粉末 花粉 骚乱
dustbi	垃圾箱
duster	掸子
dustpa	畚箕
dusty	无聊 含糊
dutch	荷兰语 荷兰
dutifu	忠实 忠贞 尽职 顺从
duty	责任 关税 职务 尊敬
duvall	人名
dvorak	德沃夏克
dw	蒸馏水
dwarf	矮子 侏儒
dwarfi	矮小
dweeb	呆子 怪人
dwell	居住 存在
dwelle	居民
dwindl	减少 缩小 衰落
dworki	人名
dx	高级
dyad	一对
dyck	人名 迪克
dye	颜料 染料 染色
dyestu	染料
dynami	动态 有活力 有力 动力 动力学
dynamo	发电机
dynast	朝代 王朝
dysent	痢疾
dyspep	消化不良
dyspha	咽下困难 吞咽困难
dystro	营养不良
eager	热心 渴望 热望 热切
eagern	热心
eamonn	人名
ear	早熟 耳朵 倾听 听觉 抽穗
eardru	中耳 鼓膜
earfla	耳罩
earful	惊人 大量 过多 斥责
earl	伯爵
earlob	耳垂
earmar	特征 记号 标记
earn	赚得 获得 博得
earnes	定金 诚挚 认真 热心 重要
earpho	耳机 听筒
earpie	耳机 头戴式耳机
earplu	耳塞
earr	耳环 耳饰
earth	地球 泥土 世界 尘世
earthb	世俗 平凡
earthe	土制 陶器
earthi	粗陋 朴实
earthl	世人 俗人
earthm	推土机
earthq	地震
earthw	土方工程 蚯蚓
earwax	耳垢
earwig	蠼螋
ease	安乐 安逸 悠闲 安心 减轻 放松
easel	画架
easeme	缓和 减轻
easi	容易 轻易 流利
east	东方
easter	东方 复活节
easy	容易 缓缓 舒适 从容 宽容 流畅
easygo	逍遥自在 悠闲 懒散
eat	腐蚀
eave	屋檐
eavesd	偷听
eb	电子束
ebb	退潮 衰退
ebony	乌木
ebulli	沸腾 热情 热情洋溢
ebury	人名
eccent	怪人 古怪 反常
eccles	教会 神职 牧师
ecg	心电图
echelo	梯形
echino	棘皮动物
echo	回声 回音 回波 随声附和 重复 反射
echoey	共鸣
eclect	选择
eclips	日食 月食 消失 黯然失色
eclipt	黄道
ecole	人名
ecoli	大肠
ecolog	生态学
econom	实用 节省 经济 理财 节约 经济学
ecosys	生态系统
ecotou	生态旅游
ecru	本色
ecstas	狂喜 心醉神迷
ecstat	狂喜 心醉神迷 入神
ecuado	厄瓜多尔
ecumen	一般 普遍 普通
eczema	湿疹
eddy	逆流 漩涡
edelma	人名
edema	水肿 浮肿
eden	伊甸园 乐园
edgar	埃德加
edge	边缘 尖锐 刀刃 优势 锐利 挤进
edgewi	沿边
edgine	急躁
edgy	尖利 急躁
edible	食品 食物
edict	布告 法令
edific	启迪 熏陶
edify	启迪 熏陶 教诲
edinbu	爱丁堡
edison	爱迪生
edit	编辑 修订 剪辑
editio	版本 翻版
editor	编者 编辑 编辑器 社论 评论
edmond	埃德蒙
edmont	埃德蒙顿
edmund	人名
edouar	人名 爱德华
eduard	人名 爱德华
educat	教育 训练 教育学 教育性 教育家 培养
edvard	爱德华
edward	爱德华 爱德华兹
eel	鳗鱼 鳝鱼
eeri	怪诞 奇异 可怕
eerie	怪诞 可怕 奇异
eerine	怪诞 阴森 胆怯
efface	抹去 消除 忘却 抹消 抹杀
effect	结果 影响 效果 印象 实行 引起
effemi	柔弱 女人气
effend	阁下 先生
effere	传出 输出管
efferv	兴奋 泡腾 欢腾 兴高采烈
effete	贫瘠 枯竭 衰微
effica	功效 效力
effici	能干 效率 效能 功效 生效 有能力
effigy	肖像 雕像
efflor	开花 风化
efflue	流出 射出
effluv	臭气 恶臭 废料
effort	努力 成就
effron	厚颜无耻
effusi	奔放 流出 热情洋溢
eg	例如
egalit	平等主义 平均主义
egerto	人名
egg	挑唆 煽动
eggnog	蛋酒
eggpla	茄子
eggshe	蛋壳
eglint	人名
ego	自我
egocen	利己主义
egoism	利己主义
egoist	自私自利
egotis	自负
egregi	异乎寻常 过分 惊人 卓越
egress	出口 外出
egret	白鹭
egypt	埃及
egypti	埃及
eiderd	鸭绒
eiffel	艾菲尔铁塔
eigenv	特征值
eighte	十八
eighth	八分之一
eighty	八十
eindho	埃因霍温
einste	爱因斯坦
eire	爱尔兰
eisenh	艾森豪威尔
eisens	人名
either	任一 要么
ejacul	射出 射精 精液
eject	放逐 喷射
ejecta	废物
ejecti	驱逐 喷出
ejido	合作农场
eke	补充 增加
elabor	精细 详尽 发挥
elan	锐气 热忱
elapse	逝去 过去
elasti	松紧带 橡皮筋 有弹性
elatio	得意洋洋 兴高采烈
elbe	易北河
elbow	手肘 扶手
elect	选出 选举 选择
electi	选举 当选
electo	选举人 选举 选民 选区
electr	电流 电学 热情 电子 导电 电动
elegan	优雅 端庄 高雅 典雅
elegia	哀歌 挽歌
elegy	悲歌 哀歌 挽歌
elemen	元件 元素 要素 初步 基本
elena	埃琳娜
elepha	巨大 粗笨
elevat	电梯 升降机 举起 提拔 鼓舞 海拔
eleven	十一
elf	小精灵 矮人
elfin	小妖精 小精灵 矮人
elgin	埃尔金
elicit	引出 引起
elide	省略 删去 取消
elie	以利亚
eligib	合格
elijah	以利亚
elimin	除去 排除 剔除 消除 消灭
eline	人名
eliot	艾略特
elisab	伊丽莎白
elite	精华 精锐
elizab	伊丽莎白
elk	麋鹿
elland	人名
elliot	艾略特
ellips	椭圆 椭圆形 省略 省略符号
ellipt	椭圆
ellwoo	人名
elm	榆树
elonga	伸长 延长
elope	私奔 潜逃
elopem	潜逃 私奔
eloque	雄辩 善辩 口才
eltham	人名
elucid	阐明 说明
elude	逃避 规避
elusiv	难懂 难以捉摸
elven	小精灵
elvish	小精灵 淘气
elysia	乐土
emacia	消瘦 憔悴
emanat	散发 发出 发源
emanci	释放 解放
emanue	伊曼纽尔
emascu	阉割 柔弱 去势
emb	插入 嵌入
embalm	不朽
embank	堤防
embarg	禁运
embark	乘船 着手 从事 上船
embarr	困难 阻碍 困窘 局促不安
embass	大使馆
embell	修饰 装饰 润色
ember	灰烬 余烬
embezz	盗用 挪用 侵占
embitt	受苦 恶化 怨恨
emblaz	颂扬
emblem	象征 徽章 符号 典型
embodi	具体化 化身
embody	具体化
embold	大胆 有胆量
emboli	栓塞
emboss	浮雕 装饰
embouc	河口
embrac	拥抱 包含 收买
embras	枪眼
embroi	刺绣品 粉饰 刺绣 镶边 装饰 绣花
embryo	胚胎 胎儿 胚芽
emcee	司仪 主持人 主持
emenda	修订 修正 校正
emeral	翡翠 绿宝石
emerge	浮现 形成 出现 显露 紧急事件 发生
emerso	爱默生
emery	金刚砂
emf	电动势
emigra	移居 移民
emigre	逃亡者
emil	埃米尔
emile	埃米尔
eminen	显赫 杰出 有名
emir	埃米尔
emirat	酋长国
emissa	密使 间谍 使者
emissi	发射 射出 发行
emit	发出 放射 发表 散发 发行
emmanu	以马内利 伊曼纽尔
emmie	人名 埃米
emolli	柔软
emolum	薪水 报酬
emote	装模作样
emotio	情绪 情感 激动
emotiv	感动 感情
empane	挑选
empath	共鸣
empero	皇帝 君主
emphas	强调 加强 重点 着重 重读
emphat	强调 着重
emphys	肺气肿
empire	帝国
empiri	经验主义
emplac	安放 位置
employ	职员 员工 雇用 职业 工作 使用
empori	商场
empowe	允许 能够 授权 许可
empres	皇后 女皇
empti	空虚 虚无
emptin	空虚 无知
empty	空虚 空腹 空洞 倒空 排出
emu	鸸鹋
emulat	效法
emulsi	乳剂 乳化
en	作为
ena	人名
enable	能够
enact	扮演 颁布
enactm	制定 条例 法规 法令 颁布 规定
enamel	珐琅 瓷釉
enamor	迷住 迷恋
encamp	露营 宿营 扎营
encaps	压缩
encase	包住
enceph	脑炎 脑病
enchan	魔法 妖术 魅力 入迷 巫师 魔法师
encirc	环绕 围绕 包围
enclos	围绕 附上 附件 围墙
encode	译码器
encomi	赞辞 称赞 赞美
encomp	围绕 完成 包括 包含 环绕 包围
encoun	相会 相遇 遭遇 遇见 邂逅 会战
encour	鼓励 支持 激励 奖励
encroa	侵犯 侵蚀 蚕食
encrus	结壳 镶嵌 硬壳
encumb	妨害 阻塞 拖累 阻碍 累赘
encycl	百科全书 传阅 广博
end	结束 终点 目标 末端 死亡 残余
endang	危及
endear	亲爱 钟爱 讨人喜欢
endeav	努力 尽力 力图
endemi	流行 地方
ender	恩德
endgam	尾声
endive	菊苣
endles	不停 无尽 不断
endnot	尾注
endocr	内分泌 内分泌腺
endoge	内源
endors	支持 赞同 签署 认可 背书
endosc	内窥镜
endoth	内皮
endow	捐赠 捐助 赋予
endowm	捐助 天赋 才能
endpoi	端点 末端
endura	忍耐 忍耐力 耐性
endure	忍受 忍耐 容忍 持久 持续
enduri	耐久 永久
enemy	敌人 仇敌 敌军
energe	精力充沛 积极
energi	活跃 激励
energy	精力 精神 活力 能量
enerva	衰弱 无力
enfeeb	衰弱
enfold	拥抱
enforc	执行 强制 强迫 坚持
enfran	释放 解放
engage	答应 从事 交战 忙碌 雇佣 预定
engagi	动人
engel	恩格尔
engend	产生 引起 发生 形成
engine	引擎 发动机 机车 工程师 工兵 设计
englan	英格兰
englis	英语 英文 英国人
engorg	大吃 充血 贪吃 狼吞虎咽
engrav	雕刻 铭记
engros	独占 全神贯注
engulf	卷入 吸进 吞没 全神贯注
enhanc	提高 加强 增加 美化 增进 增强
enigma	费解 高深莫测 莫名其妙 难以理解
enjoin	吩咐 命令 嘱咐 禁止
enjoy	享受 喜欢 欣赏
enjoym	享乐 快乐 享受
enlarg	扩大 增大 详述
enligh	启迪 教化
enlist	征募 参与 谋取 从军 赞助
enlive	活泼 生动
enmesh	绊住 陷入
enmity	敌意 憎恨
ennobl	高贵
ennui	倦怠 厌倦
eno	人名
enormi	暴行 巨大
enormo	巨大 庞大 非常
enough	充足 足够
enquir	询问
enrage	激怒 暴怒
enrapt	狂喜
enrich	富足 肥沃
enrol	登记 加入 参军 注册
enroll	登记 加入 参军 注册 入伍
enrolm	登记 注册 入伍 入学 入会
enscon	安置 隐藏
ensemb	全体
enshri	铭记 秘藏
enshro	掩盖 隐蔽
ensign	徽章
enslav	奴役 束缚 征服 受制 制服
ensnar	诱捕
ensue	追求
ensure	确定 保证 担保 保护
entail	需要 承担
entang	纠缠 卷入 混乱
entent	协定 协约
enter	进入 参加 开始 输入 回车 进去
enteri	肠炎
enterp	企业 事业心 进取心
entert	娱乐 款待 招待 怀抱 演艺人员
enthra	迷惑 奴役 迷住
enthro	即位
enthus	热心 狂热 热烈 爱好者
entice	诱骗 引诱 怂恿
entici	诱人 迷人
entire	整个 全部 全体 完全 全然 一概
entitl	叫做 权利
entity	实体 存在
entomb	埋葬 埋没
entomo	昆虫学
entrai	产生 导致
entran	入口 入场 入学 进入 开始 就任
entrap	诱捕 陷入
entrea	恳求 乞求
entree	主菜
entren	防护 保卫 侵犯 壕沟
entrep	企业家 创业
entrus	信托 交托 委托
entry	登录 条目 进入 入口 报关
entwin	盘绕 纠缠
enumer	列举 计算 枚举 细目
enunci	表明 发音 说明 宣布
envelo	信封 封套
enviou	嫉妒 羡慕
enviro	环境 外界 围绕 周围
envisa	面对 正视 想象
envisi	想象 预想
envoy	特使
envy	羡慕 嫉妒
eon	永世
epaule	肩章
eph	麻黄碱
ephedr	麻黄素
epheme	朝生暮死 短命 短暂 蜉蝣
ephesi	以弗所
ephesu	以弗所
epic	史诗 叙事诗
epicen	震中 中心
epicur	享乐主义者 美食家 享乐主义
epidem	传染病 流行病 流行 传染性
epider	表皮 真皮
epiglo	会厌
epigra	碑文 题词 警句
epilep	癫痫
epilog	结语 尾声
epinep	肾上腺素
epipha	主显节 出现
episco	主教
episod	插曲 插话
episte	认识论 认识
epistl	书信
episto	书信
epitap	墓志铭 碑文
epithe	上皮 绰号 称号
epitom	摘要 概括 概要 缩影 象征
epoch	新纪元 时代 时期
epocha	新纪元 划时代
eponym	齐名
epp	人名
epson	爱普生
eq	情商 均衡器
eqn	方程式 等式 反应式
equab	均等 均一 均匀
equabl	平静
equal	相等 同样 平等 对手 匹敌 同辈
equali	平等 均匀 相等
equani	平静 镇定 沉着
equate	相等 等同
equati	相等 等式 平衡
equato	赤道
equest	骑术 骑手
equidi	等距
equili	平衡 平静 均衡
equino	昼夜平分点 春分 秋分
equip	装备 配备
equipm	装备 设备 才能
equita	公平 公正
equity	公平 公正
equiva	相等 相当
equivo	模棱两可 支吾
era	时代 纪元 时期
eradic	根除 扑灭 根绝 消灭
erase	抹去 擦掉
eraser	擦子
erasur	擦除
ere	毋宁
erect	直立 竖立 笔直 树立 建立 勃起
erecti	直立 竖起 建筑物
erecto	建立者
erg	尔格
ergo	所以 因此
erin	爱尔兰
eritre	厄立特里亚
erlich	人名
erm	红霉素
erode	腐蚀 侵蚀
erogen	性感
erosio	腐蚀 冲蚀 侵蚀
erosiv	腐蚀 侵蚀 冲蚀
erotic	性爱 性欲 色情 好色之徒
err	犯错 做错 犯罪
errand	任务 差使 使命
errant	周游 不定
errati	奇怪
errone	错误 不正确
error	错误 过失 失误 误差
ershad	人名
erskin	人名
erstwh	以前 往昔
erudit	博学
erupt	爆发 喷出
erupti	爆发
erwin	欧文
erythe	红斑
erythr	红血球 红霉素
esa	欧洲航天局
esc	转义字符
escala	扩大 增加 自动扶梯
escape	逃亡 逃跑 逃脱 避开 溜走 逃避
escarp	悬崖 断崖 绝壁
eschew	避开 远避
escoba	人名
escort	护航舰 护卫 护送
escudo	埃斯库多
esher	人名
esk	人名
esopha	食道 食管
esoter	奥秘 秘传 黄色书刊
espali	树篱
especi	尤其 特别 格外
espion	间谍活动
esplan	广场
espous	支持 赞成
esprit	精神 才智 机敏
esq	先生 方差
esquir	先生 绅士
essay	随笔 短文 评论 企图 试图
essayi	评论家
essenc	实质 本质 香精
essent	要素 要点 本质 必要 重要 本质上
est	东部时间
establ	建立 确立 制定 设施
estate	不动产 阶段 阶层 财产
esteem	尊敬 尊重 认为
esther	以斯帖 以斯帖记
esthet	审美 美学
estima	估计 判断 评价
estoni	爱沙尼亚
estran	疏远 离间 离开
estrog	雌激素
estrus	动情期
estuar	河口 港湾
etcete	等等
etch	蚀刻 腐蚀剂
eterna	永恒 永远
eterni	永远 来世 不朽
ethano	乙醇 酒精
ether	苍天 以太
ethere	飘渺 天上
ethern	以太网
ethic	伦理
ethica	伦理 民族
ethiop	埃塞俄比亚
ethmoi	筛骨
ethnic	人种 种族
ethnoc	种族
ethnol	民族
etho	气质
etholo	生态学
ethyle	乙烯
etiolo	病因学
etique	礼仪 礼节 成规
eton	伊顿公学
etonia	伊顿公学
etymol	语源 词源
eubank	人名
euchar	圣餐 圣体
euclid	欧几里得
eugene	尤金
eugeni	优生学
eulogi	称赞 颂扬
eulogy	赞词 称颂
eunuch	太监 阉人
euphem	委婉语 委婉
euphor	兴奋 陶醉
euphra	幼发拉底河
eurasi	欧亚 欧亚大陆
eureka	有了
euripi	欧里庇得斯
euro	欧元
euroce	有关
europe	欧洲人 欧洲
euthan	安乐死
eva	伊娃
evacua	疏散 撤出 排泄 撤退
evade	逃脱 规避 逃避
evalua	评估 评价 赋值 估价 求值
evan	埃文
evanes	短暂
evange	传道 人名
evapor	蒸发 消失 脱水
evasio	逃避 藉口
evasiv	逃避 回避 推诿 模棱两可 推托
eve	前夕 前夜
even	平衡 平坦 平等
evenha	持平 公正 不偏不倚
evenne	平均 平坦 平等
evenso	晚祷
event	事件 结果
eventf	多事 重要
eventu	最后 终于
everes	珠穆朗玛峰 顶峰
evergr	常绿树 常绿植物 常绿
everla	永恒 持久 上帝
evermo	永远 经常
everyb	每个人 人人
everyd	每天 日常 平常
everym	普通人 一般人
everyo	每个人 人人
everyw	各处 到处
evict	逐出 赶出 驱逐
evicti	逐出 赶出
eviden	根据 证据 迹象 显然 明显
evil	邪恶 不幸 罪恶 有害 讨厌
evince	表明
evisce	切除 器官
evocat	招魂 唤起
evoke	唤起 引起
evolut	进化 发展 进展 放出 开方 展开
evolve	进展 进化 展开 发展
ewen	人名 埃文
exacer	恶化 激怒 加剧
exact	确切 精确 恰好 完全 确实 准确
exacti	正确 精密 精确 严格 勒索 苛求
exactn	正确 精确
exagge	夸大 夸张 夸大之词
exalt	提升 提高 赞扬 得意
exalta	提升 提高 得意洋洋
exam	考试 测验
examin	检查 调查 考试 测验 审查
exampl	例子 样本 实例
exaspe	恼怒 激怒 恶化
excava	挖掘 发掘
exce	超过 超越 胜过
exceed	极端 极度 非常
excel	胜过 优于 擅长
excell	优良 杰出 出色 优秀 卓越 优点
excels	精益求精
except	除外 反对 除非 只是 例外 异议
excerp	摘录 引用
excess	过度 过多 极端 超过 超额 过量
exchan	交换 交换机 汇兑 交易所 交易 兑换
excheq	财政部 国库
excise	消费税 切除
excisi	切除 删除
excita	刺激 鼓舞 兴奋 刺激性
excite	刺激 兴奋 激励
exciti	刺激
excito	激子
exclai	呼喊
exclam	惊呼
exclud	除外 排除 排斥
exclus	排外 独占 唯一 排他 仅仅 专门
excori	剥皮
excrem	排泄 大便
excret	排泄 分泌 排泄物
exculp	辩解 无罪 开脱
excurs	远足
excuse	原谅 申辩 致歉 理由 饶恕 借口
execra	讨厌
execut	执行 实行 完成 处死 制成 死刑
exeges	注释 解释
exeget	注释 评注
exempl	例证 例示
exempt	解除 免除 免税 豁免
exerci	行使 执行 运动 练习 作业 运用
exert	发挥 运用
exerti	努力 发挥 运用
exfoli	剥落
exhala	呼气 蒸发
exhale	呼气 发出 散发
exhaus	排气 废气 用尽 耗尽 精疲力尽 抽空
exhibi	表现 展览会 显示 显现 展览 展现
exhila	愉快
exhort	劝诫 忠告 劝告 训词
exhuma	发掘
exhume	掘出 发掘
exigen	紧急 急迫 紧急事件 迫切 苛求
exile	放逐 流放 背井离乡
exist	存在 生存 发生
existe	存在 生存
exit	出口 退场 离去 去世 退出 脱离
exmout	人名
exoner	免除
exorbi	过度 过高 过分
exorci	驱邪 驱魔 拔除 驱除
exotic	异国 外来 外来人 舶来品
expand	膨胀 详述 扩张 张开 发展 展开
expans	扩充 开展 膨胀 宽阔 天空 扩大
expat	放逐
expati	详述 细说 漫游
expatr	侨民 放逐
expect	预期 盼望 期待 指望 展望 希望
expedi	远征 迅速
expel	驱逐 逐出 排出 开除
expend	开支 费用 用光
expens	奢华 费用 代价 开支 损失
experi	经历 经验 体验 实验 试验 尝试
expert	专家 行家 老练 内行 专门
expiat	赎罪 补偿 抵偿
expira	终止 满期 呼出 呼气 吐气
expire	期满 呼气 断气 呼出
expiry	终结 满期 呼气 断气
explai	解释 说明
explan	解释 说明 辩解 表明 辩明
explet	填补 多余 附加 补足 语助词 虚词
explic	详述 清楚 直言 明确 明白
explod	爆炸 爆发 激增
exploi	功绩 勋绩 开发 利用 开拓 剥削
explor	探险 探测 探究 踏勘 探险家
explos	爆发 激增 爆炸 炸药 暴躁
expone	倡导者 指数 说明
export	输出品 输出 出口 出口商
expose	暴露 曝光 揭穿 陈列
exposi	阐述 讲解 说明 博览会 展览会 解释
expost	劝诫 告诫 忠告
exposu	暴露 揭发 揭露
expoun	解释
expres	快车 快递 明确 丝毫不差 专门 表达
exprop	征用 征收 剥夺 没收
expuls	逐出 开除 驱逐 排气
expung	擦掉 删掉 除去
exquis	精致 细腻 敏锐
ext	扩展 外部 额外 提取
extant	现存
extemp	即席 临时
extend	扩充 延伸 伸展 扩大
extens	延长 扩充 范围 扩展名 伸缩 广泛
extent	范围 程度 区域
exteri	外部 表面 外貌 外在
exterm	扑灭 消灭 根绝
extern	外部 外面 客观 表面
extinc	消失 消灭 废止 熄灭 灭绝 耗尽
exting	熄灭 消亡 压制 减色 灭火器
extirp	消灭 根除 毁灭
extol	颂扬 称赞 吹捧
extort	勒索 敲诈 过度 昂贵
extra	额外 特别 非常
extrac	摘录 取出 采掘 榨取 吸取 抽出
extrad	引渡 获取
extram	婚外
extran	外来 非必要 无关
extrao	非常 特别 非凡 破例 离奇 惊人
extrap	推断 外推 外推法
extrat	治外法权
extrav	奢侈 挥霍无度 浪费
extrem	极端 非常 末端 尽头 极度 偏激
extric	解脱 救出 游离
extrin	外在 外来 外表
extrud	挤出 逐出 伸出 突出
extrus	挤出 推出 赶出
exuber	繁茂 丰富 生气勃勃 茂盛 兴高采烈 活跃
exude	流出 渗出
exult	欢欣
exulta	狂喜 欢欣 狂欢 欢欣鼓舞
ey	医院
eye	眼睛 视力 注视
eyebal	眼球
eyebro	眉毛
eyedro	眼泪 滴管
eyeful	满眼
eyegla	镜片
eyehol	眼窝
eyelas	睫毛
eyeles	盲目
eyelet	孔眼 针眼
eyelid	眼皮 眼睑
eyepat	眼罩
eyepie	目镜
eyesha	眼影
eyesig	视力 目力
eyesor	眼中钉
eyesta	眼柄
eyewit	目击者 见证人
eyre	巡回
ezra	以斯拉记
fa	足球协会 美术 急救
fabia	人名
fabian	拖延时间
fabl	寓言 虚构
fable	寓言 神话 谎言 虚构
fabric	织物 结构 构造 建筑物
fabulo	传说 难以置信
facade	外观 表面
face	面容 正面 外观 面对 正视 面临
facedo	摊牌
facele	匿名 无名
facepl	面板
facet	方面
faceti	滑稽
facial	美颜 表面
facile	容易 灵巧 温和
facili	容易 灵巧 设备 促进 帮助
facsim	传真 临摹 复制
fact	事实 真实性 真相 细节 论据
factio	内讧
factor	因素 因数 系数 基因 代理人 工厂
factot	杂役
factua	事实 实际
facult	才能 能力
fad	时尚
faddis	风行 流行
fade	褪色 消失 凋谢 淡入 淡出 平淡
fadeaw	消退
faecal	排泄物 渣滓
faerie	仙子 仙境 仙女 幻想
faery	仙子 仙境 仙女 幻想
fag	苦工 劳累
fagan	人名
fahd	人名 法赫德
fail	失败 缺乏 中断 衰退 失灵 忘记
failur	失败 失败者 不足 缺乏 破产
fain	乐意 想要 愿意 不得不 欣然
faint	昏厥 昏倒 模糊 微弱 无力 朦胧
faintn	微弱 衰弱 模糊
fair	展览会 市集 公平 晴朗 美丽 正面
fairba	人名
faircl	人名
fairle	人名
fairne	晴朗 光明正大 美丽
fairwa	航路
fairy	仙女 精灵
fairyl	仙境 乐园
fairyt	童话故事
faith	信心 信任 忠实 保证
faithf	忠实 可靠 信徒 诚心诚意
fake	假货 欺骗 诡计 假造 仿造 伪装
faker	骗子 摊贩
fakery	伪造 赝品 假货 伪装 捏造
falcon	猎鹰
falk	福克
falkla	福克兰群岛
fall	落下 瀑布 下降 落差 降低 堕落
fallac	谬见 谬论 谬误 不合理 骗人
fallba	退却
fallop	输卵管
fallow	休耕
false	错误 虚伪 不准确 欺诈
falseh	谎言 虚假
falsen	虚伪 不正确
falset	假音
falsif	伪造 歪曲 说谎
falsit	虚伪 错误 谎言
falsta	福斯塔夫
falter	支吾 颤抖 踌躇
fam	著名 闻名
fame	名望 名声 传说
fami	家庭 家人
famili	熟悉 常见 亲密 常客 精通
famine	饥荒 缺乏 饥饿
famous	出名 极好
fan	风扇 爱好者 煽动 刺激 吹拂 飘动
fanati	狂热 入迷
fancif	奇怪 稀奇 想像 梦想
fancy	想象力 幻想 喜好 想象 精美 新奇
fandan	胡闹
fandom	影迷
fanfar	吹牛
fang	尖牙 犬牙
fanny	屁股
fanon	披肩
fansha	人名
fantas	幻想 奇妙 稀奇 空想
far	久远 遥远
farada	法拉第
farah	法拉
farawa	遥远 恍惚 出神
farce	闹剧 胡闹
farcic	笑剧 滑稽
fare	费用 旅客 食物 进展 进步 经营
farewe	辞别 再见 再会
farm	农场 农田 耕种 种田
farmer	农夫
farmho	农舍
farmla	农田
farmya	农家庭院
farnha	人名
farouk	人名 法鲁克
farquh	人名
farr	人名
farrag	混杂 混杂物
farrah	人名
farrie	兽医
farsig	远视
fart	放屁
farthe	最远
fascia	招牌
fascin	着迷 入迷 魅力
fascis	法西斯主义
fashan	人名
fashio	流行 风尚 形成 时髦 上流社会
faso	人名
fast	快速 紧紧 彻底 绝食 斋戒
fasten	固定
fastid	挑剔 苛求 一丝不苟 严格
fastne	要塞 巩固 迅速
fat	脂肪 肥肉 油腻
fatah	法塔赫
fatal	致命 重大 粗心 不幸
fatali	不幸 厄运 天命
fate	命运 运气 注定
fatefu	宿命 重大 决定性
father	父亲 祖先 长辈 神父 创始者 保护
fathom	英寻 测深 深不可测 不可思议
fatigu	疲乏 疲劳
fatima	法蒂玛
fatnes	肥胖 油腻
fatten	肥胖
fatty	肥胖 脂肪
fatuou	发呆 愚笨
faucet	龙头 开关
faulkn	福克纳
fault	过错 故障 毛病 挑剔 弄错
faultl	完美
faure	福尔
favela	贫民区
favers	人名
favor	好意 喜爱 赐予 支持 喜欢 证实
favora	有利 赞许 良好
favori	幸运儿 喜爱 宠爱 中意
favour	喜爱 宠爱 好感 偏爱 相信 庇护
fawke	福克斯
fawley	人名 福利
fawn	摇尾乞怜 奉承
fax	传真
fay	接合
faze	打扰 折磨 狼狈
fc	消防
fealty	忠诚 忠贞 忠实
fear	恐怖 害怕 担心 恐惧 敬畏
fearfu	可怕 恐怕 担心
fearle	大胆 勇敢
fearon	人名
fearso	吓人 可怕 害怕
feasib	可行 适宜 可行性 可能性
feast	宴会 酒席 享受 节日 款待 享乐
feat	壮举 功绩 灵巧 合适 整洁
feathe	羽毛
featur	特征 容貌 特色 特写 放映
feb	二月
febril	发热 热病
februa	二月
fecal	排泄物 渣滓
feckle	无效 无能
fecund	多产 丰饶 肥沃
federa	联邦 联合 同盟 联盟 联邦政府
fee	费用 小费 所有权
feeb	柔弱 无力 微弱
feeble	微弱 衰弱 无效
feedba	反馈 反应
feeder	饲养者 奶瓶
feedst	原料 饲料
feel	感觉 觉得 触摸 以为 摸索 同情
feeler	触角
feetha	人名
feign	假装 装作 作假
feint	伪装 假装 假托 装作
feisti	活跃 精力充沛
feisty	激动 活跃 坐立不安
feldma	人名
feldsp	长石
felici	快乐 幸福 幸运 巧妙 可喜
feline	猫科
felipe	人名
felix	菲力克斯
fella	小伙子 伙伴 伙计
fellat	口交
feller	伙伴 家伙
fellow	男人 朋友 同事 同伴 同道 团体
felon	恶棍
feloni	凶恶 重罪
felony	重罪
feltha	人名
female	女性 女人 女子
femini	女性 阴性 柔弱 女权主义
femme	妻子 女子
femora	大腿
fen	沼泽
fence	围墙 栅栏 剑术 防护 击剑 搪塞
fend	击退 保护 供养
fender	挡泥板
fenlan	沼泽
fennel	茴香
fenugr	胡芦巴
fer	拿来
feral	野生 凶猛 野兽
ferdi	人名
ferdin	人名
fergie	菲姬
fergus	弗格森
fermen	发酵 酵素 动乱
fernan	人名
fernie	人名
feroci	残忍 凶猛 可怕 野蛮
ferran	人名
ferret	雪貂 侦探 搜索
ferrie	人名
ferrul	套圈
ferry	渡船 渡口
ferryb	渡船
fertil	肥沃 丰饶 生产力 肥料
ferven	炎热 热心 热烈 热情 强烈
fervid	热心
fervor	热情 热心 炽热
fervou	炽热 热诚 热情 热烈
fescue	教鞭
fess	供认 坦白
fester	溃烂
festiv	节日 喜庆 快乐 庆祝 欢宴
festoo	花彩
fetal	胎儿
fetch	取得 诡计 带来 推出 引出 杀死
fete	庆祝 祭祀 节日 宴请 招待
fetid	恶臭
fetish	偶像 迷信 拜物教
fetter	脚镣 羁绊 束缚
fettle	状态 情绪 修补 整理 擦亮 殴打
fetus	胎儿
feud	不和 争执 擦亮
feudal	封建制度 封地 领地
fever	发烧 发热 热病
feveri	发热 不安 兴奋
few	少数
fg	细粒
fiance	未婚夫 未婚妻
fiasco	惨败
fiat	命令 许可
fiber	纤维 构造
fiberg	玻璃纤维
fibre	纤维 构造
fibreg	玻璃纤维
fibril	须根
fibrin	纤维蛋白
fibroi	纤维状
fibrou	纤维
fibula	腓骨 搭扣
fickle	薄情 易变 无常 浮躁 变化无常
fictio	小说 虚构 编造
fictit	假想 编造 虚伪
fictiv	虚构 虚伪
fiddle	小提琴 拨弄 瞎搞
fidel	卡斯特罗
fideli	忠实 诚实 忠诚 保真度
fidget	摆弄 烦乱 不安
fiduci	信托 受托人
fief	采邑
fiefdo	采邑
field	领域 战场 上场 田间 野生 野外
fieldf	田鸫
fiend	魔鬼 能手
fiendi	残忍 凶恶 不简单 不平凡
fierce	凶猛 猛烈 热烈 暴躁 厉害
fiery	炽热 热烈 暴躁
fiesta	假日
fiftee	十五
fifth	第五 五分之一
fifty	五十
fight	打架 争吵 斗志 对抗
fightb	回击 反攻
fighte	斗士 战士 战斗机
figura	比喻 象征 象征性 借喻 成形
figure	数字 价格 图形 形状 描绘 表示
fiji	斐济
fijian	斐济
filame	细线 灯丝
filber	榛子
filch	偷窃 窃取
file	档案 文件夹 文件 卷宗 锉刀 归档
filet	轮廓线 带子 肉片 鱼片 圆角
filial	子女 孝顺
filiat	分支 起源
filibu	海盗 掠夺
filipi	菲律宾人
filipp	人名
fill	装满 填充 弥漫 供给 满足 供应
fille	少女 女佣 姑娘
filler	补白
fillet	带子
fillip	弹指 刺激
film	软片 薄膜 胶卷 电影 拍摄 拍电影
filmic	电影
filmy	薄膜 朦胧
filter	滤波器 过滤器 过滤嘴 过滤 渗透 走漏
filth	污秽 猥亵
filthy	污秽 丑恶
filtra	过滤
fimbra	经理
fin	鱼翅
finagl	欺骗 哄骗 欺瞒
final	最后 终于 结局 决赛 终极 决定性
finale	结局
finali	定稿 结束 定局 终结
financ	财政 金融 财务
find	发现 感到 找到 认为 得到 裁决
findla	人名
fine	罚款 罚金 晴天 精细 晴朗 健康
finery	装饰 服饰 幽雅
finess	策略 手段
finger	手指 指针 伸出 指尖 指纹
fini	终结
finial	顶尖
finish	完成 结束 磨光 完美 用完 毁掉
finite	有限 有穷 限定
finitu	界限 限制
finlan	芬兰
finlay	人名
finneg	人名
finney	人名 芬尼
finnis	芬兰语 芬兰
fiord	峡湾
fir	枞树
fire	炉火 电炉 火灾 炮火 热情 点燃
firear	火器 枪炮
fireba	火球
firebr	火把
firecr	爆竹 鞭炮
firef	萤火虫
firefi	消防队员
fireli	火光
firema	消防队员
firepl	壁炉
firepo	火力
firepr	耐火 防火
firesi	炉边 家庭 非正式
firewo	烟火 焰火
firm	公司 商号 坚定 坚强 牢固 结实
firmam	天空 苍天
firmne	坚固 坚牢 坚定
first	首先 第一 优先 开始
firstb	长男 长女
firsth	直接
firth	峡湾 河口
fiscal	财政 国库
fische	费舍尔
fish	鱼肉 鱼类 钓鱼 查出 捕鱼
fisher	渔夫 钓鱼者 渔船 渔业
fishho	鱼钩 钓钩
fishli	冷淡
fishmo	鱼贩
fishpo	养鱼池
fishy	腥臭 呆滞
fison	人名
fissio	裂开 分裂 可裂变
fissur	裂缝 裂开 分裂
fist	拳头 拳打 紧握
fistfi	互殴
fistul	瘘管
fit	适宜 合身 发作 痉挛 适合 安装
fitch	艾鼬
fitful	断断续续 间歇 发作
fitmen	家具 配件 装置
fitnes	适合 合宜 合理 恰当 健康
fittin	适切 适合
fittip	人名
fitzge	菲茨杰拉德
fitzwi	人名
fix	固定 修理 准备 安装 凝视 牢记
fixate	固定 不变 注视
fixati	固定
fixed	固定 不变 不动
fixtur	固定 设备
fizz	嘶嘶声 兴奋 活力
fizzle	嘶嘶声 失败
fizzy	起泡沫
fjord	峡湾
fl	投掷 嘲弄 丢下 抛弃 陷入 挥动
flab	松弛
flabby	软弱 不稳 松弛
flacci	软弱
flack	高射炮 广告 宣传
flag	标志 旗标 旗子 菖蒲
flagel	鞭打
flagon	酒壶
flagra	恶名昭著 千真万确 悍然 横加
flagsh	旗舰
flagst	石板
flail	连枷
flair	才能 天资 资质 眼光
flak	高射炮 广告 宣传
flake	火星 剥落
flaky	薄片 成片
flambo	华丽 火焰 艳丽 奢华
flame	火焰 火舌 热情 光辉 焚烧 点燃
flameo	毁坏 熄火
flamin	火烈鸟
flamma	可燃性
flange	边缘 轮缘 凸缘
flank	侧面
flanne	法兰绒 人名
flap	摆动 拍打 飘动
flapja	烤饼 煎饼
flappe	苍蝇拍
flare	闪光 闪耀 张开
flash	闪光 闪现 一瞬间 反射
flashb	倒叙
flashl	手电筒
flashm	劣绅
flashy	闪光 一瞬间 浮华
flask	细颈瓶 烧瓶
flat	平坦 单调 无力 萧条 干脆 无聊
flatbr	大饼
flatfi	比目鱼
flatir	熨斗
flatla	平原
flatne	平坦 平滑
flatte	弄平 打倒
flatul	空虚 自负 浮夸
flaube	福楼拜
flaunt	炫耀 飘扬
flavor	滋味 调味品
flavou	滋味 香味 气味 风味 情味 情趣
flaw	缺点 裂纹 瑕疵
flawle	无瑕 完美
flax	亚麻 麻布
flaxen	亚麻
flaxse	亚麻仁
flay	剥皮 去皮 抢夺
flea	跳蚤
fleck	斑点 雀斑 斑纹
fledge	喂养
flee	逃避 逃跑 逃走 消失
fleece	羊毛 诈取
fleecy	松软
fleet	舰队 港湾 小河 快速 敏捷 短暂
fleeti	飞快 疾驰
fleisc	人名
flemis	佛兰德
flesh	肉体 肉欲 人性 亲属 人类 众生
fleshy	肉体
flex	弯曲 伸缩 屈曲
flexib	灵活 柔顺 弹性 适应性
flexor	屈肌
flicke	闪烁 闪光 颤动 闪动 摇动 摇曳
flier	快船 快车
flight	飞行 射程 逃走 飞跃 班机 迁徙
flimsy	脆弱 浅薄 薄纸
flinch	畏缩 退缩 畏首畏尾
flint	打火石 燧石
flints	燧石 打火石
flinty	燧石 坚硬 冷酷
flip	空翻 抽打 蹦跳 筋斗 无礼
flippa	轻率 没礼貌 嘴碎 无礼
flippe	鳍状肢 脚蹼
flipsi	反面
flirt	挥动 调情 玩弄 摆动
flirta	调情 挑逗 调戏 轻浮
flirty	轻浮
flit	掠过 迁徙
flitte	飞来飞去
float	漂浮 浮萍 彩车 浮动 飘动 散播
floatp	水上飞机
flock	大量 聚集
flog	鞭打 鞭策 迫使
flood	洪水 涨潮 淹没 泛滥 溢出 涌进
floodg	水门 水闸
floor	地板 楼层 底部 打倒 地面 基底
floozy	荡妇
flop	失败
flopho	监狱
floppy	松软
flora	植物群
floral	植物
floren	佛罗伦萨
flores	开花
floret	小花
florid	佛罗里达州
floris	花匠 花商
flotsa	废料 零碎
flounc	挣扎 挣脱 跳动
flound	挣扎 折腾
flour	面粉
flouri	繁荣 茂盛 活跃 手舞足蹈 挥舞 夸耀
floury	面粉
flout	嘲笑 愚弄 轻视
flow	流程 流动 流量 洋溢 泛滥 涨潮
flowch	流程图
flower	精华 开花 发育 旺盛 成熟
floyd	弗洛伊德
flu	流感 流行性感冒
flub	弄糟 瞎搞 失败 胡弄 错误
fluctu	变动 波动 动摇
flue	渔网
fluenc	流畅 雄辩 善辩
fluent	流利 流畅
fluff	软毛 绒毛 错误 起毛 出错
fluffy	毛绒绒 蓬松 空洞 不明确
fluid	液体 流体 流动
fluidi	流动性
fluke	侥幸
flume	水道
flummo	狼狈 失措 混乱 挫败 失败
flunk	失败 不及格 放弃
fluore	荧光
fluori	氟化物
flurry	疾风 飓风 慌张 恐慌 激动
flush	旺盛 发烧 丰足 满盈 泛滥 直接
fluste	慌乱 激动 紧张 慌张
flute	凹槽
flutte	摆动 烦扰 焦急
fluvia	河流
flux	流出 涨潮 变迁 熔化 熔融
fly	苍蝇 飞行 飞翔 飘扬 逃走 飞越
flyawa	宽松 轻浮 轻率 逃走 海市蜃楼
flyby	飞越
flycat	捕蝇草
flyer	飞鸟 飞行员 快车 传单
flyove	立交桥 天桥
flypas	空中分列
flyshe	传单 小册子
flyte	争吵
flywhe	飞轮
fm	调频 频率调制
fn	功能 函数
fo	外交部 校官
foam	泡沫 起泡沫
foamy	起泡沫 泡沫
fob	诡计 骗人
focal	焦点
focus	焦点 焦距 聚焦 注视 调焦 集中
fodder	饲料 草料 素材 弹药
foe	仇敌 敌人 对手
foetal	胎儿
foetus	胚胎 胎儿
fog	迷惑 苔藓 困惑
foggy	模糊
foible	弱点 缺点
foil	烘托 衬托 阻止 挫败
foist	混入
fol	愚蠢
fold	折痕 信徒 折叠 合拢
folder	文件夹 卷宗
foley	福利
foliag	树叶 植物
folio	页码 对折 对开
folk	人们 家人 亲属 民族 民间
folklo	民俗学 民间传说 民俗
folksy	和气
folkta	民间故事
follic	滤泡 卵泡
follow	跟随 遵循 追求 接着 追随 从者
foment	热敷 煽动
fond	喜欢 宠爱 温柔
fonda	旅馆
fondle	爱抚 溺爱
fondne	溺爱 爱好
font	字体
food	食物 养料
foodie	美食家
foodst	食品 粮食
fool	愚人 愚弄 欺骗 浪费 开玩笑 游荡
foolha	有勇无谋
foolis	愚蠢
foot	步调 英尺 底部 末尾 步兵 支付
footba	足球 橄榄球
footfa	踏步 脚步
footho	据点 根据
footlo	自由自在
footma	马夫 仆役
footno	脚注
footpa	步道 人行道 小路
footpl	踏板 地板
footpr	足迹
footra	竞走
footst	脚步 足迹
footwa	小路 人行道
fop	花花公子
foppis	浮华 矫饰
forage	粮草 饲料 掠夺
foray	侵略 劫掠 袭击 攻击
forbe	福布斯
forbea	节制 自制 忍耐 克制 容忍 祖先
forbid	禁止 不准 妨碍
force	力量 武力 势力 影响力 军队 效力
forcef	有力 强烈
forcep	钳子
forcib	强制 用力
ford	浅滩 福特汽车 涉过
forde	峡湾 人名
fore	在前 以前
forear	前臂 准备
forebe	祖先 祖宗
forecl	阻止 排除
foreco	前院
forede	前甲板
forefa	祖先
forefo	前脚
forego	放弃
foregr	前景
forehe	前额 前部
foreig	外国 外交 外省 外来 外国人 外地人
forekn	预知 先见之明
forele	前腿 前脚
foreli	前肢
forema	领班 工头
forens	辩论 法院
forepl	前奏 前戏
foreru	先驱 前兆
forese	预见 预知
foresh	预示 海滩 缩短
foresi	远见 深谋远虑
foresk	包皮
forest	森林 林区 林学
foreta	预示
forete	预言 预告 预示
foreth	先见
foreve	永远
forewo	前言
forfar	人名
forfei	罚金 丧失 没收
forge	熔炉 打制 锻造 伪造
forger	伪造 铁匠 伪造者
forget	忘记 忽略
forgiv	原谅 宽恕 免除
forgo	放弃
forint	福林
fork	叉子 分岔 分支 分歧
forkli	铲车
forlor	孤独 悲惨 凄凉 可怜 孤苦伶仃 渺茫
form	形状 形体 类型 方式 表格 形式
formal	正式 形式 礼仪 拘谨 礼节
forman	工头
format	形成 构造 编队 开本 版式 形式
formby	人名
forme	印版
former	从前 前者 模型 样板 以前
formic	胶木
formid	巨大 优秀 可怕 艰难
formos	台湾话 台湾
formul	公式 准则 制订 公式化 配制
fornic	通奸 乱伦
forsak	放弃 抛弃
forste	福斯特
forsyt	连翘
fort	堡垒 要塞
forte	长处 特长 拿手 优点
forth	往前 以后 向外
forthc	即将来临 来临
forthr	直率 直接 马上 立即 坦白 正直
forthw	立刻
fortif	加强 坚强 增加 筑城 防御工事 要塞
fortit	刚毅 坚毅 不屈不挠
fortni	两星期
fortre	城堡 要塞
fortui	偶然 意外
fortun	财富 运气 兴隆 好运 命运 幸运
forty	四十
forum	论坛 法庭 讨论会
forwar	向前 迅速 在前 进步 转寄 运送
fosse	沟渠 护城河
fossil	化石 古物 陈腐 守旧
foster	收养 养育 抚育 培养 鼓励
fother	人名
foucha	人名
foul	污秽 邪恶 恶臭 肮脏 恶劣 淤塞
foulke	人名 福克
foulne	纠缠 卑鄙
founda	基础 根据 建立
founde	创立者 建立者 沉没 摔倒 浸水 破坏
foundr	铸造
fount	源泉
founta	水源 喷泉 泉水 本源
fourie	傅立叶 傅里叶
fourni	人名
foursq	正方形 直爽 坚定 正直 四角
fourte	十四
fourth	四分之一
fowl	飞禽 家禽 打鸟
fowle	人名 福尔
fox	狐狸 欺骗
foxhol	散兵坑
foxtro	狐步舞
foxy	狡猾 赤褐色
foyer	门厅
foyle	人名
fp	冰点 凝固点
fraca	吵闹 纷扰
fracti	破片 分数
fractu	破碎 骨折 破裂
fragil	易碎
fragme	碎片 破片 片段
fragra	芬芳 香味 芬香 馥郁 愉快
frail	脆弱 虚弱 少女 少妇
frailt	弱点 脆弱
frame	结构 体格 构成 设计 制定 适合
framew	结构 骨架 准则 观点
fran	法兰斯
franc	法郎
france	法国
franch	公民权 特权
franck	弗兰克
franco	免费
frank	坦白 率直 老实
franki	乳香
frankn	率直 坦白
franti	狂乱 疯狂 狂暴
frater	友爱
frau	夫人
fraud	欺骗 欺诈 诡计 骗子
fraudu	欺诈 欺骗
fray	磨损 打架 争论
fraye	人名 弗雷
frazer	人名
frazzl	磨损 破烂 疲惫
freak	反复无常 奇异 反常
freaki	朝三暮四 见异思迁 畸形 反常
freaky	畸形 捉摸不定
freckl	雀斑 斑点
freder	弗雷德里克
free	自由 允许 免费 丰富 释放 解放
freedo	自由 坦率 特权
freeha	徒手画
freeho	不动产
freela	自由职业者
freelo	不速之客
freema	公民
freest	自由式
freewa	高速公路
freewh	随心所欲
freeze	冻结 冷冻 僵硬 结冰 呆住 凝固
freigh	船货 运费 货运 装货 充满
french	法国人 法文 法式 法国 法语
frenet	发狂 狂热
frenzy	疯狂 狂暴 狂怒
freque	频繁 经常 频率 频数 快速
frere	兄弟 修道士 人名
fresh	新鲜 新奇 另外 精神饱满 冒失 最新
freshe	精神饱满
freshm	新手 生手
freshn	新鲜 精神饱满
freshw	淡水
fret	烦躁 磨损 焦急 烦恼 不满 腐蚀
fretbo	指板
fretfu	焦躁 焦急
freud	佛洛伊德
freudi	弗洛伊德
friabl	易碎 脆弱
friar	修道士
friary	寺院
fricti	摩擦 不和
friday	星期五
fridge	电冰箱
friedr	弗里德里希
friend	朋友 支持者 友好 亲切 互助 友善
frieze	饰带
frigat	护卫舰
fright	惊吓 惊恐
frigid	寒冷 严寒 冷淡
fringe	边缘 流苏 初步 附加
frisk	乱跳 活跃 蹦跳
frisky	乱跳
frisso	颤抖
frith	海湾 河口
fritte	浪费 剁碎
fritz	德国人
frivol	轻佻 妄动 琐碎 轻薄 轻率 轻浮
frizz	拳曲
frizze	人名
frizzy	卷曲
fro	向后
frock	连衣裙 工装 罩袍
frog	青蛙
froggy	法国 法国人
frogma	蛙人
frolic	嬉戏 欢乐 玩耍
front	前面 开头 前线 阵线 态度 面对
fronta	前面 正面 额骨 祭坛 前方 临街
fronti	边界 边境
frontl	前线
frontm	主唱
frost	冰冻 冷漠 冻结 结霜
frostb	冻伤 冻疮
frosti	寒冷 冷漠 冷峻
frosty	霜冻 严寒 冷淡
froth	泡沫 发泡
frothy	起泡
frown	皱眉 皱眉头
fru	人名
fructo	果糖
frugal	节俭 朴素 俭省 节约 俭朴
fruit	水果 结果
fruitf	肥沃 丰收 丰硕
fruiti	成就 实现
fruitl	徒劳 无益 无效
fruity	水果 趣味 圆润
frustr	挫折 顿挫 挫败 击败 破坏 无益
fry	鱼苗 油炸
ft	英尺
fuck	欺骗 诅咒 性交 些微 杂种
fucker	笨蛋 傻瓜
fudge	谎言 胡说 胡说八道 蒙混 粗制滥造 捏造
fuel	燃料 木炭
fug	闷热
fugiti	逃亡 短暂 逃亡者
fugue	赋格曲 神游
fuhrer	元首
fuji	富士山
ful	十分 完全 充分
fulcru	支点
fulfil	实践 履行 实行 完成 结束 满足
fulfor	人名
full	全部 完整 充满 完全 丰富 完美
fullba	后卫
fullne	充满 丰富
fullti	全职
fulmin	爆发 爆炸 怒喝 电闪 轰响
fulsom	过度 过分
fumaro	气孔
fumble	摸索 笨手笨脚
fume	臭气 激怒 冒烟
fumiga	熏制 熏蒸 焚香
fun	乐趣 玩笑 娱乐 开玩笑
functi	官能 职务 功能 函数 活动 运行
fund	基金 资金 存款 财源 贮藏 积累
fundam	基本原理 原则 基波 基本 重要 基础
funder	投资者
fundra	募捐
funera	葬礼 出殡
funere	送葬 悲哀
funfai	游乐园 游乐场
fungal	真菌
fungib	代替
fungic	杀真菌剂
fungus	真菌
funk	怯懦 恐惧 臭味 畏缩 害怕 惊恐
funky	畏缩 怯懦 恶臭
funnel	漏斗 烟囱
funny	好笑 有趣 滑稽
fur	毛皮 生苔
furby	人名
furiou	狂怒 激烈 吵闹 狂暴 猛烈
furl	收拢 卷起
furlou	休假 放假 解雇
furnac	火炉 熔炉 考验
furnes	人名
furnis	供给 提供 装设
furnit	家具
furor	喧闹 激怒 感动 狂热
furore	轰动 勃然大怒 狂热
furrow	犁沟 车辙 皱纹
furry	毛皮
furthe	此外 而且
furtiv	秘密 隐密 偷偷摸摸 偷偷
fury	愤怒 狂暴
fuse	保险丝 导火线 熔化 融合
fusela	机身
fusill	齐射
fusion	结合
fuss	大惊小怪 忙乱 焦急 激动
fusty	发霉 守旧 陈腐
futile	无用 琐细
futili	无用 无益
futon	蒲团
future	未来 将来
futuri	未来派 将来 未来 远景
futz	闲混
fuzz	细毛 绒毛 警察 起毛 模糊
fuzzy	模糊
fw	给水 淡水
fx	外汇
fyfe	人名
gab	空谈 多嘴 瞎扯 唠叨
gabard	华达呢
gabble	废话
gaberd	工作服 华达呢
gabon	加蓬
gabrie	人名
gadf	牛虻
gadget	小玩意 诡计
gaelic	盖尔语
gaff	鱼叉 欺骗
gaffe	过失 失态 出丑
gaffer	老人 领班
gag	阻塞 窒息 呕吐 欺骗 作呕
gage	抵押品 挑战 估计
gai	华丽 欢乐
gaiety	愉快 快活 高兴
gail	盖尔
gain	增益 获得 利润 收获 增加 得到
gainer	获得者 胜利者
gainfu	唯利是图
gainsa	否定 反驳 否认 反对
gainsb	人名
gait	步法 步态
gaiter	绑腿
gala	节日 祝贺
galact	乳汁 银河 极大
galaxy	银河
gale	狂风 大风
galeri	人名
galile	伽利略 加利利
gall	胆汁 苦味 恼怒 烦恼 屈辱
gallac	人名
gallan	英勇 壮丽 华丽 漂亮 勇敢 献殷勤
gallbl	胆囊
galler	走廊 画廊 收集
galley	战舰 军舰
galliv	闲逛
gallon	加仑
gallop	疾驰 飞奔 飞驰 飞跑
gallst	胆结石
galore	丰富 大量
galvan	通电 镀锌 电镀 刺激 兴奋 激动
galvin	人名
gam	社交 联欢
gambia	冈比亚
gambit	开场白 话题
gamble	赌博 冒险 孤注一掷
gambol	跳跃 雀跃 嬉戏 耍闹
game	比赛 玩耍 比分 得胜 策略 游戏
gameco	斗鸡
gamepl	玩法
gamer	玩家
gamete	配子
gammon	胡说 欺骗 作假 胡说八道
gamut	音阶 全部 音域
gander	笨人 呆子
gang	成群结队
gange	恒河
gangla	黑社会
gangli	神经节
gangpl	跳板 踏板
gangre	坏疽 腐败
gangst	流氓 歹徒
gangwa	通道 通路 跳板 让路
ganja	大麻
gannet	塘鹅
gaol	监禁 监狱
gap	缝隙 缺口 间断 间距
gape	裂口 张嘴 打哈欠 裂开
garage	车库 机库
garb	打扮 装束 穿衣
garbag	垃圾 废物
garban	鹰嘴豆
garble	断章取义 混淆
garcia	加西亚
garden	花园 果园 菜园 普通 园丁 花匠
gardin	加德纳
gardne	加德纳
gare	码头
garfie	加菲猫
garfun	人名
gargan	巨大 庞大
gargle	漱口
garish	炫耀 俗不可耐 华丽
garlan	花环 荣誉
garlic	大蒜
garmen	衣服 衣装 外表
garner	谷仓 积蓄 储存 贮藏
garnet	石榴石 深红色
garnis	装饰 装饰品
garret	阁楼 顶楼
garris	驻军 要塞 守备
garrot	绞死
garrul	饶舌 多嘴 喋喋不休
garter	袜带
garth	中庭 庭院
garvin	人名 加温
gas	气体 汽油 瓦斯
gasbag	气囊
gaseou	气体 气态
gasifi	气化
gasket	衬垫 垫圈
gasoli	汽油
gasp	喘气 喘息 渴望
gass	系统
gassen	人名
gassy	气体 含气
gastri	胃炎
gastro	肠胃
gate	牌楼 大门 通道
gatecr	不请自来
gateho	门房
gateke	看门人
gatepo	门柱
gatewa	通路
gather	集合 聚集 搜集 积聚
gator	短吻鳄
gatt	关贸总协定
gauche	笨拙 粗鲁 无礼 偏转
gaudy	华而不实
gauge	估计
gaul	高卢
gauloi	高卢 放纵 爽朗 高卢语
gaunt	瘦削 憔悴 荒凉
gauntl	夹击
gauss	高斯
gauze	薄纱 纱布
gawd	上帝
gawk	笨人 呆子
gawky	愚笨 腼腆 粗笨 笨拙
gawp	笨蛋
gay	欢快 艳丽 快乐 放荡
gaynes	欢乐 同性恋
gaza	加沙
gazan	加沙 居民 加沙地带
gaze	注视 凝视
gazebo	阳台
gazell	瞪羚
gazett	公报 报纸
gazza	人名 加沙
gbh	重伤
gdansk	格但斯克
gdr	护轨
gear	齿轮 工具 开动 适应 安排 适合
gearbo	变速箱
gecko	壁虎
gedank	思想 轻率
gedde	人名
gee	家伙 前进 哎呀
geezer	怪人
geisha	艺妓
gel	凝胶
gelati	明胶 凝胶体 果子冻
gelato	冰淇淋
geldof	人名
gem	珠宝 宝石
gen	消息 真相 情报
gendar	宪兵 警官
gender	产生
gene	基因
geneal	世系 血统
genera	一般 将军 大体 全面 普遍 常规
generi	一般
genero	慷慨 大量 丰富 宽大 丰盛
genesi	发生 起源 创世记
geneti	创始 遗传 起源 遗传学 生殖 基因
geneva	日内瓦 杜松子酒
genial	和蔼 亲切 友善 温和 舒适
genie	妖怪
genita	生殖 生殖器
genius	天才 天赋 精神
genoa	热那亚
genoci	种族灭绝
genoes	热那亚
genoty	基因型
genove	热那亚
genre	类型 流派
gent	温和 温柔 轻轻 逐渐
gentam	庆大霉素
gentee	上流 优雅
gentil	异教徒 斯文 彬彬有礼 文雅
gentle	绅士 先生 温和 文雅
gentri	优化
genufl	屈服
genuin	真正 真实 诚恳 真诚 诚实
geo	海湾
geoche	地球化学
geodes	测量 测地线
geoff	杰夫
geogra	地理学 地理 地区
geolog	地质学 地质 地质学家
geomag	地磁
geomet	几何学
geomor	地貌
geophy	地球物理学
george	乔治
georgi	乔治亚
geosci	地球科学
geostr	地缘政治学
geothe	地热
gerani	天竺葵
gere	盖尔
geriat	衰老 老年
germ	细菌 种子 生殖细胞 根源
germai	人名
german	德国 德国人 德语
germin	发芽 萌芽 发育
geront	老年
gerrar	杰拉德
gerstn	人名
gesner	人名
gesso	底料
gestal	完形
gestap	盖世太保
gestat	妊娠 孕育 酝酿
gestic	姿势 手势
gestur	手势 姿态
get	得到 获得 变成 使得 收获 接通
getawa	逃走 起步
geyser	喷泉
ghana	加纳
ghanai	加纳
ghandi	人名
ghast	可怕 惨白
ghat	山路
ghent	根特
gherki	小黄瓜
ghost	灵魂 幻影 一点
ghoul	食尸鬼 饿鬼
ghouli	残忍
giacom	人名
gianfr	人名
giant	巨人 大力士 庞大 巨大
gibb	人名
gibber	胡扯
gibbet	绞刑 枭首示众
gibbon	长臂猿
gibbou	驼背
gibe	嘲笑
gibral	直布罗陀
giddi	眼花 头晕 轻率
giddin	眼花 轻率
giddy	眼花 头晕 眩晕
gideon	吉迪恩
gift	礼物 赠予 天才 赋予
gifted	天才
gig	赛艇 鱼叉 记过 刺激
gigaby	吉字节
gigant	巨大
gigg	傻笑
giggle	咯咯笑 傻笑
gil	侍从
gilber	吉尔伯特
gild	镀金 装饰
gilda	人名 吉尔达
gill	菌褶 沟壑 少女
gilman	人名
gilmou	人名
gilroy	人名
gimlet	手钻 锐利
gimmic	花招 伎俩
gimp	花边 精神 瘸子
gin	杜松子酒 陷阱 轧棉
ginger	精力 姜黄色 活泼
gingha	条纹 棉布
gingiv	齿龈炎
ginny	意大利人 杜松子酒
ginsen	人参 西洋参
gipper	人名
gipsy	流浪
giraff	长颈鹿 鹿豹座
gird	嘲笑 佩带 围绕 准备
girder	大梁
girdle	腰带 围绕
girl	女孩 少女 女佣
girlfr	女朋友
girlie	少女
girlis	少女
girth	周长 围绕 包围
gist	要点 要旨 依据
git	饭桶
gitten	人名
giulio	人名
give	弹性 适应性 授予 供给 产生 发表
giveaw	泄漏
gizzar	砂囊
gk	守门员 希腊
glacia	冰川 冰冷
glacie	冰川
glad	高兴 喜欢 情愿
gladde	喜悦
glade	沼泽
gladia	斗士 争论
gladne	欢乐 欢喜 喜悦
glam	迷人
glamor	迷人 魅力 魔法 迷惑
glamou	魅力 魔法 迷惑
glance	一瞥 闪光 掠过 扫视 提到 反射
glandu	天生 固有 肉体
glanvi	人名
glare	刺眼
glarin	显而易见 显目
glasgo	格拉斯哥
glasno	公开化
glass	玻璃 玻璃杯 透镜 反射 反映
glassh	温室
glaswe	格拉斯哥
glauco	青光眼
gleam	光束 微光 反光 闪烁
glean	收集
glee	欢乐 高兴
gleefu	高兴 愉快
glen	峡谷 幽谷
glendi	人名
glib	流畅 流利
glide	滑动 流水 滑翔 溜走 流逝
glider	滑翔机
glimme	微光 少许
glimps	一瞥 瞥见
glint	闪光 闪耀 反射 发光
gliste	闪亮 闪光 闪耀
glitte	灿烂 闪烁 闪光
glitz	闪光 炫目 浮华
glitzy	闪光 耀眼
gloat	幸灾乐祸
global	通用 全球 球形 综合 普遍
globe	球状物 地球仪 天体
globul	球状 小球 血球 药丸 液滴 球蛋白
glocke	钟琴
glom	抓住
gloom	忧郁 暗处 幽暗 黑暗
gloomi	阴暗 阴沉 阴郁 忧郁
gloomy	忧闷 黑暗 悲观
gloria	声纳
glorif	赞美 美化 赞扬 辉煌
glorio	光荣
glory	光荣 荣耀 荣誉 壮丽 繁荣 自豪
gloss	光彩 假象 注释 掩盖 曲解 发光
glossy	平滑
glotta	声门
glouce	格洛斯特 格洛斯特郡
glove	手套
glow	光辉 热情 热烈 发热 洋溢 激动
glower	瞪眼 怒目而视 凝视 怒视 灯丝
glowin	热心 白热 灼热
glucos	葡萄糖
glue	胶合
glum	愁闷 阴沉 忧郁 闷闷不乐 阴郁
gluon	胶子
glut	大量 供过于求 充满 吃饱 狼吞虎咽
glutam	味精
gluten	面筋 麸质
gluteu	臀肌
glutto	暴食 贪食 贪吃 贪心
glycem	血糖
glycer	甘油 丙三醇
glycog	糖原
glycol	乙二醇
glyn	格林
glynn	格林
gm	通用汽车公司 总经理 导弹
gmbh	股份有限公司
gmc	通用汽车公司
gnar	粗糙
gnash	咬牙切齿
gnat	蚊子
gnaw	侵蚀 消耗 折磨
gnome	格言 箴言 侏儒 土地神
gnomic	格言
gnp	国民生产总值
gnu	角马
go	达到 运转 查阅 消失 结束 放弃
goad	激励 刺激 煽动
goal	目标 终点 得分 球门 守门员
goalie	守门员
goalke	守门员
goalmo	球门
goalte	守门员
goatee	山羊胡子
goathe	牧羊人 牧羊者
gob	凝块 水兵
gobbet	一口 引文 片段
gobble	狼吞虎咽 贪食 官样文章
goblet	高脚杯 酒杯
goblin	小妖精
god	上帝 神像 偶像 神化
goddam	该死 完全 十足 讨厌
goddes	女神 美女
godfat	教父
godfor	堕落 邪恶 倒霉 凄凉 荒凉
godhea	神性
godles	无神论者 罪恶 邪恶
godlik	庄严
godlin	虔诚 敬神 信仰
godmot	教母
godsen	天赐
godson	教子
goebbe	人名
goethe	歌德
gofer	皱纹 皱褶 熨斗
goffma	人名
goggle	护目镜 突出 瞪眼
goiter	甲状腺肿
gol	发誓
gold	黄金 钱财 金色 宝贵
golden	金色 贵重 繁盛
goldfi	金鱼 红额金翅雀
goldmi	金矿
goldsm	金匠
goldsw	人名
golem	机器人
golf	高尔夫球
goliat	哥利亚
gonad	性腺 生殖腺
gong	铜锣
gonorr	淋病
goober	落花生
good	善行 好处 利益 优良 上等 愉快
goodby	再见
goodfe	人名
goodie	好人
goodma	家长 丈夫 父亲
goodne	仁慈 善良
goodni	晚安 再见
goodwi	友好 好意 善意 亲善 信誉 声誉
goody	糖果 姥姥 感伤 伪善 太好了
gooey	自作多情
goof	呆子 傻瓜 弄糟 打发时间
goofba	兴奋剂 镇静剂 怪人
goofin	愚笨
goofy	愚笨 傻瓜
goon	呆子
goop	笨蛋
goopy	痴呆 粘稠 滑腻
goose	喝倒彩
gooseb	醋栗
goosef	鸡皮疙瘩
gordia	棘手
gore	刺伤
gorge	峡谷 凹槽 咽喉 狼吞虎咽
gorgeo	华丽 灿烂
gorget	项链
gorill	大猩猩 歹徒
gorky	人名 高尔基
gormle	笨头笨脑
gory	血淋淋 血污
gosh	天啊
goshaw	苍鹰
gosl	小鹅
gospel	福音 信仰 真理
gossam	薄纱 薄弱 轻飘飘
gossip	闲聊 随笔 流言 说闲话
goth	哥特人 野蛮人
gothen	哥德堡
gothic	哥特式 野蛮
gottfr	人名
gouge	欺骗
gourd	葫芦
gourma	美食家
gourme	美食家
gout	趣味 嗜好 痛风
govern	政府 内阁 州长 总督 统治者 理事
gown	睡衣 法衣
goy	异教徒
grab	掠夺 强占 抓取 攫取 捕获 霸占
grabby	贪婪
grace	优雅 风度 慈悲 恩惠 体面 赦免
gracef	优美
gracel	粗野
gracio	亲切 慈善
grad	毕业生 校友
gradat	阶级 顺序
grade	等级 年级 阶段 成绩 程度 坡度
grader	机器 推土机
gradie	倾斜度 梯度 坡度 斜率 步行
gradua	毕业生 量杯 研究生 毕业 逐渐 刻度
graf	伯爵
graft	嫁接 贪污 移植
graham	全麦
grain	谷粒 颗粒 谷类 纹理 本质
grainn	人名
gram	绿豆 鹰嘴豆
gramma	语法
gramop	留声机
gran	外祖母 祖母 老奶奶
granar	谷仓
grand	庄重 壮观 显赫 重大 最高 雄伟
granda	爷爷 老太爷 外公 祖师爷 祖父
grandc	外孙女 外孙 孙女 孙子
grandd	孙女 外孙女
grande	庄严 伟大 壮丽 重大 显要 大公
grandf	祖父 始祖
grandi	宏伟 壮丽 夸张 大言不惭 夸大
grandk	孙女
grandm	祖母 奶奶 外婆
grandn	侄孙女 宏伟 壮大 伟大
grandp	祖父母
grands	孙子 外孙
grange	农庄 农夫 农民
granit	花岗岩
granny	奶奶 老奶奶 外婆 接生婆
grant	授予 允许 承认
granul	细粒 颗粒 粗糙
grape	葡萄 葡萄树
grapev	葡萄藤 葡萄树
graph	曲线图 图表 图形
graphe	字素
graphi	生动 图解 记录 图示 书法 绘画
grappl	抓住 掌握
grasp	把握 抓紧 理解 控制 抓住 紧握
grass	草原 牧场
grassh	蚱蜢 蝗虫
grassl	牧草 草原
grassy	象草
grate	火炉 壁炉 格栅 磨碎 焦急 触怒
gratef	感谢 感激 受欢迎
grati	免费
gratif	满足 喜悦
gratui	免费 小费 赏钱 不必要 无缘无故 无偿
grave	墓穴 坟墓 终结 死亡 庄重 严肃
gravel	砂砾 碎石
graves	墓石 墓碑
gravit	地心引力 重力
gravy	肉汁 外快
gray	灰色 暗淡 灰白 年老 老练 阴沉
graybe	老人
grayne	灰色 阴暗
graz	格拉茨
graze	吃草 放牧 擦伤
gre	贪欲 贪婪
grease	脂肪 油脂 贿赂
greasy	油腻
great	非常 主要 重大 崇高 伟大 顺利
greatn	巨大 广大
grecia	希腊
greece	希腊
greedi	贪食 贪婪
greedy	贪婪 贪吃
greek	希腊语 希腊
green	绿色 新鲜 青春
greena	人名
greenb	美钞
greene	格林 绿叶 绿树
greenh	温室
greenl	格陵兰
greenn	绿色 新鲜 未熟
greens	草皮
greenw	格林威治 绿林
greer	人名
greet	问候 致敬 欢迎 映入眼帘
gregar	社交 群居
gregso	人名
gremli	小鬼
grenad	手榴弹
grenfe	人名
grenob	格勒诺布尔
gresha	人名
grey	灰色 阴沉
grice	仔猪
grid	格子 栅格
griddl	平底锅
gridir	烤架
gridlo	僵局 堵塞
grief	伤心 忧愁 悲痛 不幸 灾难
griers	人名
grieva	委屈 冤情 苦况
grieve	悲伤 悲痛 伤心
grievo	痛苦 严重
griffi	新手
grifte	赌棍 小偷 骗子
grill	烤架 铁格子 烤肉
grille	格子 铁格子
grim	冷酷 坚强 残忍 可怕 讨厌 严格
grimac	鬼脸 怪相
grime	污点 污秽
grimne	严格 冷酷 严峻
grimy	污秽 肮脏
grin	露齿而笑
grind	苦差 磨碎 磨光 折磨 压榨 苦干
grinds	磨石 砂轮 石磨
grip	紧握 握力 手提包 掌握 支配 控制
gripe	紧握 把手 控制 抓紧 激怒 抱怨
grippe	夹子
gris	可怕 厉害
grist	谷物 面粉 大量
gristl	软骨
grit	砂砾
gritty	坚韧不拔
grizz	灰熊
grizzl	灰色 抱怨
groan	呻吟 叹息 抱怨
groat	少量
groggi	酒醉 东倒西歪
groggy	酒醉
groin	腹股沟
gromme	扣眼
gronin	格罗宁根
groom	马夫 新郎 推荐 打扮 穿戴
groome	美容师
grooms	男傧相
groove	凹槽 惯例
groovy	墨守成规
grope	摸索
grosbe	松雀
grosgr	罗缎
gross	总数 总量 总共 恶劣 粗野 非常
grossm	人名
grossn	粗劣
grotes	奇怪 可笑 奇异 荒诞
grotto	洞穴 岩穴
grotty	恶劣 龌龊
grouch	不平 坏脾气 闹脾气 发牢骚 人名
ground	地下水
group	团体 聚合 成群
groupe	石斑鱼
groupy	合群
grouse	松鸡 牢骚 埋怨
grove	小树林
grovel	匍匐 卑躬屈膝
grow	种植 长满 生长 变成 发展
growl	咆哮
growth	生长 栽培 增长
grub	幼虫 寻找
grubb	人名
grubby	污秽 肮脏
grudge	怨恨 恶意 怀恨 嫉妒 吝惜
grudgi	勉强 不情愿
gruel	痛打 惩罚 稀粥
gruell	痛打 惩罚
grueso	可怕 阴森
gruff	粗哑 粗鲁 粗率 粗暴
grumbl	怨言 满腹牢骚 抱怨 发牢骚
grumpi	生气
grumpy	生气
grungy	蹩脚 低劣 邋遢
grunt	咕哝
gs	总书记 秘书长
guacam	鳄梨酱
guam	关岛
guaran	担保 抵押品 保证
guard	守卫者 警戒 保卫 看守 当心 防止
guarde	谨慎 安全
guardi	看守者 监护人 保护人 保护
guardr	护栏 护轨
guards	卫兵
guatem	危地马拉 危地马拉人
guava	番石榴
gubern	州长 统治者
gueril	游击队
guerri	游击队
guess	猜测 臆测
guesst	瞎猜
guessw	臆测 猜测
guest	客人 来宾 旅客
guesth	宾馆 招待所
guff	胡说 废话
guffaw	哄笑 狂笑
guidan	指导 领导
guide	导游 指南 路标 指导 支配 管理
guideb	指南 手册
guidel	方针 指标
guidep	路标 路牌
guider	指导者
guil	人名
guild	团体 协会
guilde	荷兰盾
guile	狡猾
guilel	诚实
guille	海鸟 人名
guillo	断头台
guilt	罪行 内疚
guilti	有罪
guiltl	无罪 无辜
guilty	犯罪 心虚
guinea	几内亚
guise	相似 外观 伪装 穿戴
guitar	吉他
gul	排水沟
gulf	海湾 深渊 漩涡 隔阂 吞没
gull	呆子 欺诈
gullet	食道 咽喉 排水沟 海峡
gulley	隘谷
gulp	吸收 抑制 吞咽
gum	树胶 橡皮 牙床 老天
gumbo	大杂烩
gummy	树胶
gumpti	通情达理 精明能干 勇气 常识
gumsho	警察
gunboa	炮舰 炮艇
gunfig	枪战
gunfir	炮火 炮击
gunman	枪手
gunmet	炮铜 青铜 炮铜色
gunner	炮手 射击 炮击
gunpla	枪战
gunpoi	枪口
gunpow	火药
gunsho	枪弹 射击 炮击 射程
gunsig	标尺
guntra	人名
guru	古鲁
gurus	专家 权威 大师
gush	涌出
gust	趣味 爱好
gustat	味觉
gustav	冠军
gusto	爱好 嗜好
gusty	刮风 突发 津津有味
gut	剧情 内容 内脏 肚子 海峡 勇气
gutter	排水沟 贫民区
guttur	喉咙 咽喉 喉音
guv	爸爸 老爸
guy	家伙 取笑 嘲弄 逃跑
guyana	圭亚那
guyane	圭亚那
guzzle	狂饮 暴食 酒鬼
gw	毛重
gwynne	人名
gym	体操
gymnas	体操 体育 健身房 体育馆 体操运动员 大学预科
gynaec	妇科
gypsum	石膏
gypsy	吉卜赛人 流浪
gyrate	旋涡状 旋转
gyrati	旋回 回转 旋转
gyre	旋回 回转 旋转 漩涡
gyro	陀螺仪 陀螺
gyrosc	陀螺仪
ha	哈哈
habit	习惯 嗜好 习性 穿衣
habita	栖息 居留
habitu	习惯 惯常 平常 习以为常 熟习 体质
hack	出租车 干咳 鹤嘴锄 出租
hacket	人名
hackle	梳理
hackne	出租 役使 陈腐 常见
hacksa	钢锯
haemop	血友病
haemor	出血
hafez	人名
haft	把手
hag	女巫 魔女 砍伐
haggar	憔悴 野性
haggle	争论 杀价 讨论
hahn	哈恩
haifa	海法
haiku	俳句
hail	冰雹 致敬 欢呼 招呼 万岁 欢迎
haile	人名 海尔
hailsh	人名
hailst	雹暴
haine	人名
hair	头发 毛发 些微
haircu	理发 发式
hairdo	束发 发式
hairdr	美发师 理发师
hairle	无毛
hairli	发际线 细长
hairne	发网
hairpi	假发
hairst	发型 发型师
hairy	长毛
haitia	海地
halcyo	宁静 平稳
hale	强壮 矍铄 健壮 拖曳
haley	哈利
half	一半 半场 部分 几乎
halfba	前卫
halfor	人名
halfto	半音
halfwa	中途 部分 半路
halibu	大比目鱼
halito	恶臭 口臭
hall	门厅 走廊 会堂
hallet	人名
hallo	哈罗
hallow	万圣节前夕
halluc	幻觉 幻想 迷幻剂
hallwa	门厅 玄关 走廊
halo	光圈 荣光
haloge	卤素
halsbu	人名
halsey	人名
halt	停止 立定 休息 蹒跚 踌躇
halter	缰绳 笼头
haltin	犹豫
halton	人名
halyar	吊索
ham	火腿 过火 做作
hamble	人名
hambro	人名
hambur	汉堡 肉饼 汉堡包
hamilt	汉密尔顿
hamlet	部落
hamlyn	人名
hammer	钉锤 敲打
hammoc	吊床
hammon	哈蒙德
hamnet	人名
hamper	阻碍 妨碍 牵制
hampso	人名
hamste	仓鼠
hamstr	瘫痪
han	汉朝 汉民族
hanbur	人名
hand	指针 掌握 协助 人手 手艺 手迹
handba	手提包
handbi	传单 招贴
handbo	手册
handca	手推车
handcu	手铐
hander	夹头
handfu	少数
handgr	手把
handgu	手枪
handho	掌握 握住 把柄 线索
handi	巧妙 敏捷 便利
handic	障碍 困难 妨碍
handiw	手工 手工艺
handke	手帕 头巾 围巾
handle	把手 把柄 手感 触摸 运用 买卖
handma	手工 手制 侍女 女仆
handpi	精选
handpr	手印
handra	栏杆 扶手
handsa	手锯
handsh	握手
handso	英俊 大方 慷慨 美观 灵敏
handst	手倒立
handwo	手工
handwr	笔迹
handy	便利 敏捷
handym	水手
hang	悬挂 诀窍 意义 附着 装饰 垂下
hanger	挂钩 衣架
hangma	刽子手
hangov	宿醉 残留物 遗物
hankie	手帕
hankin	人名
hanky	手帕
hanley	人名
hann	人名 哈恩
hannah	汉娜
hannel	人名
hannib	汉尼拔
hannon	人名
hannov	汉诺威
hanoi	河内
hanove	汉诺威
hansen	汉森
hanson	汉森
haole	白人
hap	偶然 机会 运气
haphaz	偶然性 偶然事件 偶然 随便 随意 杂乱
haples	倒霉 不幸
happen	发生 恰巧
happi	幸福 快乐 幸好
happin	快乐 幸运 适当
happy	快乐 幸福 愉快 恰当
haptic	触觉
harang	演讲 夸夸其谈
harare	哈拉雷
harass	困扰 烦扰 烦恼 折磨
harbin	先驱 预兆 预告
harbor	避难所 庇护 藏匿
harbou	避难所 庇护 藏匿
hard	坚硬 艰苦 困难 坚固 猛烈 艰难
harden	变硬 坚强 冷酷
hardha	建筑工人
hardie	艰苦 勇敢 努力 辛苦 坚硬
hardin	强壮 胆子 勇气 耐寒 耐劳
hardma	人名
hardne	坚硬 困难 严厉 勇气
hardsh	艰难 辛苦 苦难
hardwa	硬件 零件
hardwi	人名
hardwo	硬木
hardy	艰苦 坚硬 勇敢 努力 辛苦
hare	野兔 飞跑
harebe	风信子
harebr	轻率 粗心
harem	闺房 妻妾
harfor	人名
harico	菜豆
hark	倾听
harken	倾听
harkne	人名
harlan	人名 阿兰
harlec	人名
harlem	哈莱姆
harleq	丑角
harley	哈利
harlot	妓女
harm	伤害 害处 损害
harmfu	有害 伤害
harmle	无辜
harmon	协调 和睦 调和
harnes	马具 甲胄 驾驭
harold	哈罗德
harp	竖琴
harper	哈珀
harpoo	鱼叉
harrid	鬼婆
harrod	哈罗德
harrow	伤害 苦恼
harry	掠夺 苦恼 折磨 骚扰
harsh	粗糙 刺耳 严厉
harshn	刺耳 严肃
hart	雄鹿
harvar	哈佛大学
harves	收获 成果 收割
harwel	人名
hasan	人名 哈桑
hash	杂烩 复述 切碎
hashem	人名
haskin	人名
haslam	人名 阿斯兰
hassle	争论 烦恼
hassoc	草丛
haste	匆忙 急忙
hasten	催促 加紧 赶快 急忙
hasti	匆忙 急速 急躁
hasty	匆匆 轻率
hat	帽子
hatch	孵化 策划
hatche	斧头 战斧
hatchw	天窗
hate	憎恨 厌恶 憎恶 仇恨
hatefu	憎恨 可恨 可恶
hatr	憎恨 仇恨 憎恶
hatt	人名
hatter	人名
hatton	人名
haughe	人名
haught	傲慢 骄傲 崇高 不逊
haul	强拉 拖拉
haulag	拖曳 运费
haunch	臀部
haunt	生息 出没 作祟
hausa	豪萨语
haute	人名
hauteu	傲慢 自大
havana	哈瓦那
haven	避难所 庇护
havoc	蹂躏
haw	山楂 瞬膜
hawaii	夏威夷
hawe	人名
hawk	掠夺者 清嗓 咳嗽 捕捉 兜售 叫卖
hawke	人名
hawkin	霍金斯
hawkis	鹰派 强硬派
hawtho	山楂
hay	干草
hayden	海登
haydn	海顿
hayek	人名
hayman	人名
hayrid	出游
hayse	乡下佬
hayter	人名
hazard	冒险 危险 机会 碰运气
haze	薄雾 阴霾 疑惑
hazel	榛子
hazeln	榛实
hazi	朦胧 模糊
hazy	朦胧 模糊
he	注意 留心
head	头脑 领袖 脑袋 为首 朝向 前进
headac	头痛
headba	头巾
header	域名
headge	头饰
headin	人名
headla	前灯
headle	无知 人名
headli	前灯
headlo	头向前 轻率 猛然 用力 夹头
headma	校长 监工
headno	前言 提要
headph	耳机
headpi	头巾 耳机 帽子 扉页 头脑 才智
headqu	总部 司令部
headse	耳机
headsh	能力
headst	墓石 基石 顽固 刚愎 任性 头座
headwa	前进 进展
headwi	逆风 顶风
heady	顽固 任性 性急 猛烈
heal	痊愈 复原 和解 治愈
heald	人名
healey	人名
health	健康 卫生 蓬勃
heaney	人名
heap	许多 累积 堆积 装满
hear	听到 倾听 听说 审理 听见
hearer	听者 听众
hearke	倾听
hearsa	传闻 谣言
hearse	灵车
heart	心脏 中心 内心 感情 精神 心情
hearta	心痛 悲叹
heartb	心跳
hearte	振作 激励
heartf	衷心
hearth	炉床 灶台 炉边
hearti	衷心 真实 热心
heartl	无情
hearts	悲痛 苦恼
heartt	热情 柔情 情人
heartw	感人 心材
hearty	诚恳 健壮 热烈 丰盛
heat	热度 体温 高潮 加热 激昂 加剧
heated	加热 激昂 热情
heater	灯丝
heathe	石南花 杂色
heathf	人名
heaton	人名
heatst	中暑
heatwa	热浪
heave	起伏 鼓起 举起 抛出 喘息 凸起
heaven	天堂 上帝 天空 天上 神圣
heavi	严重 难以忍受
heavin	沉闷 忧伤 迟钝 笨拙
heavy	巨大 沉重 笨重 过度 重物
hebden	人名
hebrew	希伯来人 希伯来语 犹太人
heckle	诘问
hectar	公顷
hectic	发热 潮热 肺病 脸红
hector	吓唬 折磨 愚弄
hedge	树篱 障碍 套期保值 妨碍 躲闪 偷偷摸摸
hedgeh	豪猪 刺猬
hedley	人名
hedoni	享乐主义 享乐主义者 快乐
heedle	不注意 掉以轻心
heel	脚后跟 后部 倾侧 尾随 追赶
heeler	手下
heffer	人名
heft	重量 影响 重要性 举起
hefty	肌肉发达
hegel	黑格尔
hegeli	黑格尔
hegemo	霸权 领导权 支配权 支配
heidel	海德尔堡
height	高度 海拔 顶点 增高 提高 加强
heine	海涅
heinek	喜力
heinou	可憎
heir	继承人 嗣子 后嗣
heires	女继承人
heirlo	传家宝
heisen	海森堡
heist	拦劫 抢劫
helen	海伦
helico	直升机
helix	螺旋
hell	地狱 苦境 阴间 毁坏 训斥 狂饮
hellca	悍妇 巫婆
hellen	希腊 希腊语
hellio	恶少
hellis	地狱 凶恶
helm	枢机 头盔 指挥
helmet	钢盔
helmin	寄生虫 蠕虫
helmsl	人名
helmsm	舵手
helmut	赫尔穆特
helo	直升机
help	帮忙 帮助 接济 治疗 款待 有用
helpfu	有帮助 有益 有用
helple	无助 无能为力 无依无靠
helpma	助手 伴侣
helsin	赫尔辛基
hem	边缘 哼声 包围 关闭
hemati	赤铁矿
hemato	血肿
hemel	人名
heming	海明威
hemisp	半球
hemlin	底边
hemloc	铁杉
hemodi	血液透析
hemogl	血色素
hemoph	血友病
hemorr	出血 痔疮
hemost	止血
hemp	大麻
hen	母鸡
hence	因此 从此
hencef	今后 从今以后
henchm	党羽
hendri	人名
hendry	人名
henhou	鸡舍
henley	亨利
hennes	轩尼诗
henri	亨利
henry	亨利
hepati	肝炎
heptat	七项全能
hepwor	人名
herald	使者 先驱 预报 宣布 传达 欢呼
herb	药草 香草
herbac	草本 绿色
herbag	草本
herbal	草药
herber	赫伯特
herbic	除草剂
herbiv	草食动物
herd	人群 牧人 群集 成群 放牧 聚在一起
herder	牧人
herdsm	牧人
hereaf	将来 来世 此后
hereby	因此 据此
heredi	世袭 遗传
herein	如此 以下
heresy	异端 异教
hereti	异教徒 异端者 异教 异端
hereto	迄今 到此为止
herewa	人名
herita	遗产
herman	赫尔曼
hermap	雌雄同体 两性
hermen	解释
hermet	奥妙 密封 不透气
hermit	隐士 茅庐 修道院
herne	人名
hernia	疝气
hero	英雄 男主角
herod	希律王
heroic	英勇 英雄式 史诗
heroin	海洛因 吗啡 女主角
herois	英勇
herpe	人名
herr	先生 青鱼
herrin	人字形
hertz	赫兹
heselt	人名
hesita	犹豫 迟疑 踌躇 支吾 停顿 含糊
heslop	人名
hessia	麻布
hetero	异性
hether	人名
heuris	启发式 探索
hew	坚持
hewitt	休伊特
hex	十六进制 巫婆
hexago	六角形 六边形
hezbol	真主党
hh	重氢 殿下 陛下 阁下 先生
hiatus	裂缝 中断 空隙 间隙
hibern	过冬 冬眠 避寒 爱尔兰 爱尔兰人
hibisc	木槿
hiccou	打嗝
hiccup	打嗝
hick	乡下人
hickey	器械 唇印
hickso	人名
hidalg	绅士
hide	兽皮 迹象 隐瞒 隐藏 躲藏
hidebo	死板
hideou	丑恶 可憎
hie	催促
hierar	等级制度
hierat	僧侣
hierog	象形文字
high	高度 高处 高级 主要 高尚 高原
higham	人名
highbr	知识分子 不切实际
highli	显著 突出
highne	高尚 殿下
highwa	公路 大道 捷径
hijack	强盗 抢劫 劫持 敲诈
hike	徒步旅行 远足 涨价 提高 步行 上升
hil	险峻
hilari	喜不自禁 欢喜 高兴 滑稽
hilary	希拉里
hilber	希尔伯特
hill	丘陵
hillar	希拉里
hillbi	乡下人 乡巴佬
hilloc	小丘 土堆
hillsb	人名
hillsi	山坡
hilton	希尔顿
himala	喜马拉雅山脉
hinchc	人名
hinckl	人名
hind	雌鹿 后部 在后
hinde	人名
hinder	后面 阻碍 打扰
hindi	印地语
hindqu	臀部
hindra	妨害 障碍
hindsi	事后聪明
hindui	印度教
hinge	铰链 关键 枢纽
hinkle	人名
hint	暗示 提示 示意
hip	臀部 忧郁
hipbon	髋骨
hippie	嬉皮士
hippo	河马
hippoc	海马 希波克拉底
hippod	跑马场 竞技场
hippop	河马
hippy	嬉皮士
hire	租金 租用 雇用 出租 受雇
hirer	雇主
hirosh	广岛
hispan	西班牙
hiss	嘘声 嘶嘶声
histam	组胺
histog	直方图
histol	组织学
histor	历史 过去 经历 历史学 史实 历史上
histri	演员 演剧 矫揉造作 戏剧性
hitch	蹒跚 故障
hitchh	搭便车 要求
hither	迄今 至今
hitler	希特勒
hitter	打手
hiv	艾滋病病毒
hive	蜂房 闹区 储备
hk	香港
ho	神圣 圣洁
hoard	囤积 贮藏
hoarse	沙哑 嘶哑 刺耳 粗哑
hoary	灰白 陈旧
hoax	欺骗 哄骗 愚弄 恶作剧
hob	滚刀
hobart	霍巴特
hobb	霍布斯
hobbe	霍布斯
hobbes	霍布斯
hobble	蹒跚 阻碍
hobby	嗜好 癖好 爱好
hobnob	交谈
hobo	无业游民 流浪汉 流动人口
hobsba	人名
hoc	下议院 众议院
hock	典当
hockey	冰球 曲棍球
hodder	霍德
hodgep	混杂物
hodkin	人名
hodson	人名
hoe	锄头
hoffma	霍夫曼
hofman	霍夫曼
hogshe	大桶
hogwas	废话
hokey	虚情假意 做作
hokum	废话
hol	冬青树
holbor	人名
hold	把握 控制 掌握 监禁 保存 握住
holdal	手提箱
holder	持有人 所有人
holdou	抵抗 坚持 支持
holdov	延期
holdsw	人名
holdup	停顿
hole	漏洞 挖洞
holida	假日 假期 节日 度假
holine	神圣
hollan	荷兰
holler	叫喊 发牢骚 抱怨
hollin	人名
hollow	窟窿 山谷 虚伪 空腹 挖空
hollyh	蜀葵
hollyw	好莱坞
holme	福尔摩斯
holoca	大屠杀 毁灭
holroy	人名
holt	小林
holyfi	人名
homage	尊崇 尊敬 效忠
hombre	男人 家伙
home	避难所 故乡 家庭 国内 在家
homebo	老乡 同乡 宅男 回家
homeco	归国
homegi	闺蜜
homela	本国 故国
homele	无家可归
homeli	舒适 自在
homema	自制 国产
homeop	顺势疗法
homepa	主页
homepl	出生 祖籍
homer	本垒打
homeri	荷马
homesi	思乡病 乡愁
homesp	简朴 平凡 朴素 朴实 粗陋 土布
homest	家园 田产
hometo	故乡 家乡
homewo	家庭作业
homey	自在 舒适
homi	说教 训诫
homici	杀人
homoeo	顺势疗法
homoge	同质 齐性
homolo	相同 相应 同源 一致
homose	同性恋 同性恋者
honcho	老板
hondur	洪都拉斯
hone	磨刀石 抱怨 想念 磨练
honeck	人名 昂纳克
honest	诚实 可靠 真诚 公正 正直
honey	蜂蜜 甜蜜 爱人 奉承
honeyb	蜜蜂
honeyc	蜂巢 蜂房 蜂窝
honeyd	蜜露
honeym	蜜月 蜜月假期
honeys	忍冬 杜鹃花
hong	商行
hongko	香港
honolu	火奴鲁鲁
honor	荣誉 头衔 信用 尊敬 名誉 阁下
honora	荣誉 荣耀 高贵
honore	主宾
honori	尊敬 敬称 敬语
honour	荣誉 头衔 信用 尊敬 名誉 阁下
hooch	烈酒
hood	头巾 兜帽 覆盖 强盗
hoodlu	暴徒
hoodoo	倒霉
hoodwi	蒙蔽 欺骗
hooey	胡言乱语 骗人
hoof	行走 步行
hoofpr	蹄印
hook	镰刀 陷阱 钩住 偷窃
hooker	渔船
hookup	连接 联播
hoop	铁环 呼呼声 包围
hoopla	喧闹
hooray	万岁
hoot	叫嚣 呵斥 轰赶
hooter	汽笛 警笛
hop	单脚跳 跳跃 舞会 飞行
hope	希望 信心 期待 期望 信赖
hopefu	有希望
hopele	绝望 无可奈何
hopwoo	人名
horace	贺拉斯
horan	人名
horde	成群结队
horizo	地平线 眼界 水平面 平坦 水平
hormon	荷尔蒙
horn	角质 喇叭 号角
hornbi	犀鸟
hornet	大黄蜂
horny	角质 老茧
horren	可怕 骇人 不得了 骇人听闻
horrib	可怕
horrid	可怕 毛骨悚然
horrif	恐惧 震惊
horror	惊骇 恐怖 惨状
horse	骑兵 脚架 骑马 取笑
horseb	马背
horsem	马术
horsep	马力
horser	辣根
horses	马蹄铁 胡说 谎话
horset	马尾
hortat	激励
hortic	园艺
hose	水管 长统袜
hosepi	软管
hosier	内衣裤
hosni	人名
hospic	收容所
hospit	医院 款待 亲切 殷勤
host	主人
hostag	人质 抵押品
hostel	宿舍 旅店
hostes	女主人 女房东
hostil	敌意 敌对 反对 敌人
hot	热心 热情 激动 猛烈 紧迫
hotb	温床
hotchp	杂烩
hotdog	卖弄
hotel	旅馆 客栈
hothou	温室 温床 浴室
hotlin	热线
hotnes	暑热 热烈 热心
hotpla	电炉
hotspo	热点
hought	霍顿
hound	猎犬 追捕 激励 追逐
hour	小时 钟头 时间 课时
house	房子 住宅 机构 议院 家族 家庭
houseb	游艇 僮仆
housef	家蝇
househ	一家人 家庭 家族 王室 家常 一家之主
housek	主妇 女管家 家事 家政 持家
housem	女佣
housew	主妇 家事 家务
housma	人名
housto	休斯敦
hover	盘旋 翱翔 徘徊
hoverc	气垫船
howard	霍华德
howdy	您好
howe	人名
howeve	然而 无论如何 可是
howitz	榴弹炮
howl	嗥叫 号叫 狂吠 咆哮 呼啸
howlet	人名
howson	人名
hoy	驳船
hp	马力
hq	司令部 指挥部 总部
hrawi	人名
hrh	殿下
hrt	心脏
hsia	夏朝
hu	匈牙利
hub	木片 中心
hubbub	吵闹声 混乱
hubby	丈夫
hubcap	毂盖
hubri	傲慢
hubris	傲慢
huckst	贩卖 叫卖 还价 讨价还价
huddle	混乱 拥挤 蜷曲 蜷缩
hue	样子 色度 色彩 叫声 色调
huff	激怒 发怒 吹胀 吹气 恫吓
huffi	发怒 暴躁
huffy	怒冲冲
hug	紧抱 拥抱 坚持 沾沾自喜
huge	极大 巨大 无限 非常
hugo	雨果
hulk	船体
hull	船体
hullab	喧嚣 喧哗 吵闹
hullo	哈啰
hulme	人名
hum	嗡嗡声 哼声
human	人类 人性
humane	有人情 人道 仁慈
humani	人性 人类 博爱 人道主义
humank	人类
humann	为人 人性
humb	谦逊 卑贱
humble	低下 谦逊 粗陋 贬抑
humbol	洪堡
humbug	欺骗 哄骗 行骗 骗子 欺诈
humdru	平凡 单调 无聊
humeru	肱骨
humid	潮湿 湿润
humidi	湿气 潮湿 湿度
humili	耻辱 丢脸 谦卑 蒙羞 屈辱 谦逊
hummer	蜂鸣器
hummin	蜂鸟
hummoc	小丘
hummus	鹰嘴豆泥
humong	极大
humor	幽默 诙谐 心情 迎合 牵就 顺应
humorl	一本正经
humoro	滑稽 诙谐
humour	幽默 诙谐 情绪 体液 满足 迁就
hump	驼背 隆起 努力 烦恼
humpba	驼背
humphr	人名
humvee	悍马
hun	野蛮人
hunch	预感 弯腰驼背 耸肩 隆起
hunchb	驼背
hundr	许多
hundre	百倍
hungar	匈牙利 匈牙利语
hunger	饥饿 渴望 饥荒 挨饿
hungri	饥饿 渴望 贪婪
hungry	饥饿 荒年 渴望 不毛
hunt	狩猎 追捕 搜寻 打猎 搜索
hunter	猎人 猎犬
huntle	人名
huntsm	猎人
hurd	赫德
hurdle	障碍 越过 克服
hurl	发射 丢下
hurler	投手
hurrah	骚动 欢乐 欢呼 万岁
hurray	好哇
hurric	飓风 暴风 暴风雨
hurrie	仓促 匆忙
hurry	匆忙 急忙 急促 催促 赶快
hurst	小丘 小树林 沙洲
hurtfu	伤害
hurtle	猛冲 碰撞 猛撞 投掷
husayn	侯赛因
husban	丈夫 管理人 节俭 持有
hush	肃静 安静 沉默 缄默
husk	外壳
husky	强壮
hussai	人名 侯赛因
hussei	侯赛因
hussey	人名
hustle	催促 硬逼 赶紧
huston	休斯顿
hut	小屋 茅舍
hutch	小屋
huw	人名
huxley	赫胥黎 生物学家
huy	人名
hyacin	风信子
hybrid	混血儿 杂种 混合物 混合
hyde	海德
hydra	水螅
hydran	水龙头 消火栓
hydrat	水合 水合物 氢氧化物
hydrau	水力 水压 水力学
hydroc	碳氢化合物 氯化氢 盐酸
hydrod	水力 水压
hydrol	水文 水解
hydrop	恐水病 狂犬病 水耕法
hydrox	氢氧化物 氢氧根
hyena	袋狼
hygien	卫生 清洁
hymen	结婚 处女膜
hymn	赞美诗 圣歌
hymnal	赞美诗 圣歌
hype	皮下注射
hyper	亢奋
hyperb	双曲线
hyperi	恶性通货膨胀
hyperp	增生 增殖
hypers	过敏
hypert	高血压 过度紧张 肥大 肥厚
hyphen	连字符
hypnos	催眠状态 催眠术
hypnot	催眠 催眠药 安眠药 恍惚 着迷 催眠术
hypocr	伪善
hypode	皮下 真皮 皮下注射
hypogl	低血糖
hypote	斜边
hypoth	假设 假定
hyster	歇斯底里
hythe	海斯
hyunda	现代
iambic	抑扬格
ibanez	人名
iberia	伊比利亚
ibex	北山羊
ibi	朱鹭
ibrahi	易卜拉欣
ibsen	易卜生
icc	国际商会
ice	冰淇淋 糖衣 冷若冰霜 矜持 贿赂 结冰
iceber	冰山
icebox	冰箱
icecap	冰盖
icecre	冰淇淋 乳白色
icelan	冰岛
ichthy	鱼龙
icicle	冰柱
icky	讨厌
icm	洲际导弹
icon	画像 肖像 偶像 图标
iconog	肖像
icy	冰冷 冷淡 滑溜
id	懒惰 空闲
idea	主意 办法 理想 思想 概念 意见
ideal	理想 典范 观念 思想 完美 空想
ideali	唯心主义 唯心论 理想主义 理想化
idem	同上
identi	识别 确定 参与 一致 认同 身份
ideogr	表意文字
ideolo	思想体系 意识形态 空想
idiocy	白痴
idiom	习语 成语 方言
idioma	惯用
idiopa	自发
idiosy	特质 异质 特殊 气质 特性 风格
idiot	白痴
idioti	白痴 愚蠢 呆头呆脑
idle	懒惰 闲散 停顿 空闲 无用 无所事事
idlene	懒惰 闲散 失业
idol	偶像 宠儿 幻象 谬论
idolat	崇拜者 皈依者
idoliz	醉心于
idri	人名
idyll	叙事诗 牧歌
idylli	牧歌 悠闲
ieuan	人名
igneou	火成
ignite	点燃 灼热 兴奋
igniti	点火 点燃
ignobl	卑贱 卑鄙 低级
ignomi	可耻 不名誉 下流 耻辱 不体面 屈辱
ignora	无知
ignore	忽视 驳回 忽略
igor	人名 伊戈尔
iguana	鬣蜥
ii	微光
ikon	圣像 画像
ileal	回肠
ileum	回肠
iliac	髂骨 回肠
ilk	相同 等级 家族 亲属 种类
ill	疾病 坏事 罪恶 灾难 生病 邪恶
illega	违法
illegi	不法 不合理
illibe	狭隘 吝啬
illici	不法 不正当 禁止
illite	文盲 目不识丁 无知
illnes	疾病 恶意
illogi	不合理 矛盾
illumi	照明 阐明 说明 灿烂 照亮
illus	插图 实例 说明
illusi	幻影 错觉 幻想
illuso	幻影 错觉
illust	阐明 例证 插图
ilo	国际劳工组织
image	影像 肖像 想象 图像 形象 翻版
imager	肖像 比喻 雕刻
imagin	想像 设想 猜测 听觉 想像力 虚构
imago	意象 成虫
imam	阿訇 伊玛目
imbala	不平衡
imbeci	低能 愚钝 虚弱 痴呆 蠢人 愚笨
imbibe	吸取 吸入
imbrog	纷乱 纠葛 一团糟
imbue	感染 灌输 浸透
imelda	人名
imf	国际货币基金组织
imitat	模仿 效法 冒充 仿造 赝品
immacu	纯洁 无辜
immane	内在 固有 无所不在
immanu	以马内利 救世主 基督
immate	无形 精神
immatu	粗糙
immeas	无限
immedi	直接 立刻 立即 接近
immemo	太古 远古
immens	无边 无限 广大 庞大
immers	沉浸 陷入
immigr	移民 移居
immine	即将来临 逼近
immobi	不动 不变 固定 静止 收回
immode	冒失 过度 不合理 过分 无礼
immola	牺牲 杀死 宰杀 献身 祭物
immora	不道德 邪恶 放荡
immort	神仙 永远 长久 不朽 永生
immova	固定 不动
immune	免疫 免除
immuni	免疫 免除
immuno	免疫学
immure	监禁
immuta	不变
imp	暗示 意味
impact	冲击 冲突 影响 效果 挤入 撞击
impair	削弱 减少 损害 损伤 危害
impale	刺穿 绝望
impart	给予 传授 告知
impass	僵局 死路 死胡同 狂热 热烈 冷淡
impati	不耐烦 着急 急切 急躁 急欲 性急
impeac	控告 怀疑 检举 弹劾
impecc	无懈可击 完美
impecu	身无分文 贫穷
impeda	阻抗
impede	妨碍 阻碍 阻止
impedi	妨碍 障碍 阻止 口吃
impel	推动 激励 驱使 迫使
impell	叶轮
impene	不可理喻 费解 顽固
impera	命令 规则 急需 势在必行 强制
imperc	微细
imperf	减弱 缺点
imperi	帝王 宗主国 至尊 壮丽
imperm	暂时 无常
impers	客观
impert	鲁莽 无礼 粗鲁 沉着 泰然自若 镇静
imperv	无动于衷
impetu	动力 推动力 动量
imping	撞击 起作用 侵犯
impiou	不孝
impish	顽皮 恶作剧
implac	不变 执拗
implan	灌输 嵌入
implau	难以置信
implem	工具 器具 手段 实现 生效 执行
implic	牵连 含义 暗示 含蓄 固有 绝对
implie	隐含
implod	内爆 爆裂
implor	恳求 哀求
impoli	无礼 粗鲁 失策
import	重要 大量 显要 自负 重要性 自大
impose	利用 欺骗
imposi	征收 强加 欺骗
imposs	不可能 难以置信
impost	冒名顶替者 骗子 冒牌 欺诈
impote	无力 虚弱 无效 无能为力 阳痿
impoun	拘留 充公
impove	贫穷 穷困
imprac	不切实际 办不到
imprec	不明确 祈求 诅咒
impreg	坚强不屈 怀孕 肥沃 充满 灌输 受精
impres	印象 意念 盖印 印记 印数 效果
imprim	赞许
imprin	铭刻 印记 特征 痕迹
impris	监禁 下狱 坐牢 关闭 拘禁 限制
improm	即席
improp	错误 不成体统 不道德
improv	改良 改善 利用 增加 进步
imprud	轻率 鲁莽
impude	鲁莽 卑鄙 厚颜无耻
impugn	责难 抨击 攻击
impuls	冲动 驱使 刺激 推动 冲力 建议
impure	肮脏 混合
impuri	杂质
imputa	归罪 非难
impute	归罪 负责
imre	人名
inabil	无能 无力
inaccu	错误 不准确
inacti	停止 怠惰 闲置 无为 迟钝 撤销
inadeq	不适当
inadve	漫不经心 疏忽
inadvi	失策
inalie	不可分割
inane	空虚 愚蠢 空洞
inanim	无精打采
inanit	空虚 愚蠢
inappr	不适当
inarti	口齿不清 说不出
inatte	不注意 粗心 疏忽 怠慢
inaudi	听不见
inaugu	就任 开幕 就职演讲 就职典礼 开始 开辟
inausp	不吉 凶兆
inauth	伪造
inboar	内侧
inborn	天生 先天
inboun	入境
inbr	天生
inbuil	嵌入 内置
inc	公司
inca	印加
incalc	无数
incand	白热 灿烂 炽热
incant	咒语 魔咒
incapa	不能
incarc	下狱 监禁
incarn	典型 化身 体现
incaut	轻率 不注意
incend	放火 煽动 燃烧 燃烧弹
incens	香气 奉承 焚香 发怒
incent	动机 激励
incept	起初
incess	不断 不绝 无尽 不停 接连不断 不已
incest	乱伦
inch	英寸 身高 小岛
incide	事件 事变 小事 附带 外来 发生
incine	焚尸炉 焚化
incipi	起初 发端 初期
incise	切割 雕刻
incisi	切口 切割 雕刻 切入 敏锐 机敏
inciso	门牙
incite	刺激 激励 引诱
incivi	不客气 非礼
incl	包括 包围
inclem	险恶 严酷
inclin	倾向 趋向 倾斜度 点头
includ	包括 包住
inclus	包含 包括
incogn	隐姓埋名 改名 匿名
incohe	语无伦次 松散 支离破碎
incom	进来
income	收入 收益 流入
incomp	不完善 不相容 矛盾 费解 无限
inconc	想不到 不得要领 不可思议
incong	不协调 不调和
incons	易变
incont	荒淫 失禁 立即 无疑 明白
inconv	不便 困难
incorp	合并 一体化 吸收 体现 混合 包含
incorr	不正确
increa	增加 增进 利益 加大 繁殖 逐渐
incred	难以置信
increm	增加 增值 盈余 逐渐
incrim	连累 控告
incuba	培养 发展 孵蛋 潜伏 筑巢 孵化
incubu	梦魇
incumb	现任 依靠
incur	招致 蒙受 遭遇
incurs	侵入 侵略 奇袭
incus	砧骨
ind	印度
inde	的确 实在 真正 甚至
indebt	负债 受惠
indece	下流 无礼 猥亵 不体面 不适当
indeci	优柔寡断 犹豫不决 不明确
indefa	不知疲倦 不屈不挠
indefi	模糊 无限
indeli	难忘 持久 粗俗 不雅
indemn	赔偿 保障 补偿 赦免 保护
indent	契约 凹痕 缩排 缺口 契据
indepe	独立 有主见 自立 自主
inder	人名
indesc	不可名状 莫名其妙
indete	不明确 含混
index	索引 指针 指数 指标 指出
indexi	索引
india	印度
indian	印度人 印第安人 印度
indica	显示 象征 指示 指出 暗示 指示器
indict	起诉 控告 指控
indiff	漠不关心 中立
indige	本土 国产 固有
indign	愤怒 愤慨 义愤
indigo	靛青 靛蓝色
indira	人名
indire	间接 曲折 迂回
indisc	任意 杂乱 不分青红皂白 不分皂白 鲁莽 轻率
indisp	不可缺少 责无旁贷
indiss	坚固
indist	不清楚 朦胧
indivi	个人 个体 个别 独特 各个 个性
indoch	印度支那
indoct	教导 教化 教训 灌输
indole	懒惰 无痛 怠惰
indomi	不屈不挠
indone	印尼
indoor	户内 室内
indubi	不容置疑 明确 无疑
induce	引诱 招致 感应
induct	归纳法 感应 就职 入门
indulg	高兴 放任 迁就 沉溺
indus	印度河 印第安
indust	勤劳 工业 企业 产业 企业家 实业家
inebri	酒醉 陶醉
ineffa	不可言喻 避讳
ineffe	无效
ineffi	无能
ineleg	不雅 粗野
inelig	无益
ineluc	不可避免 必然
inept	不适当 笨拙 愚蠢 无能
inepti	不适当 愚笨
ineptn	拙劣 荒谬
inequa	不平等 不同 不等式
inerad	根深蒂固
inert	惰性 迟钝 呆滞
inerti	惯性 惰性 迟钝
inesca	不可避免
inesse	无关紧要
inesti	无价
inevit	不可避免 必然
inexac	不正确 不确实
inexha	不知疲倦
inexor	冷酷 无情
inexpe	便宜
inexpl	费解
inexpr	不可名状
infamo	无耻 不名誉 声名狼藉
infamy	声名狼藉 丑恶
infanc	幼年 初期
infant	婴儿 儿童 初学者 幼稚 步兵
infarc	梗塞
infatu	迷惑 迷恋 醉心
infect	传染 影响 传染病 感染
infer	推断
infere	推论
inferi	次等 较差 下方 下级 部下 次品
infern	地狱 阴间 恶魔
infert	不毛
infest	骚扰 横行
infide	背信 异端 异教徒
infiel	内野 内野手
infigh	混战
infilt	浸润 潜入 渗入 渗透
infini	无限 无穷 极大 不定式 无数 庞大
infirm	医院 养老院
inflam	激动 煽动 怒火 发火 燃烧 发炎
inflat	胀大 夸张 通货膨胀 膨胀 得意 充气
inflec	屈曲 变调 弯曲 改变
inflex	顽固 刚性 弯曲 曲折 变音 转调
inflic	施以 加害 承受
inflor	开花 花序
inflow	流入
influe	影响力 权力 势力 影响 改变 有影响
influx	流入 河口 汇集
info	信息
inform	消息 知识 通知 情报 信息 起诉
infra	在下 以后
infrac	违反 侵害
infrar	红外线
infras	基础结构 基础设施
infreq	稀少 珍贵 罕见 稀罕
infrin	违犯 侵害 违反 侵犯
infuri	狂怒 激怒
infuse	注入 充满 泡制 鼓舞
infusi	注入 泡制
ingeni	灵敏 精巧 聪明
ingenu	心灵手巧 精巧
ingest	摄取
ingham	人名
inglor	不名誉 可耻
ingmar	人名
ingrai	根深蒂固
ingrat	忘恩负义 迎合 讨好 忘恩
ingre	安格尔
ingred	成分 因素
ingres	进入 入口
inhabi	居民 居住者 居住于 占据 栖息
inhala	吸入 吸入剂 吸入器
inhale	吸入 吸气
inhere	固有 与生俱来 内在 生来
inheri	继承 遗传 遗产
inhibi	禁止 抑制 压抑
inhosp	冷淡 不相容
inhuma	残忍 薄情 不人道 残暴
inimic	有害 抵触
inimit	独特 无比
iniqui	邪恶
initia	字首 首字母 开始 最初 主动权 自发
inject	注射 注射剂 注入 入轨
injunc	命令 禁令 劝告
injure	伤害 损害
injuri	有害
injury	伤害 侮辱
ink	墨水 墨汁 签署
inkl	暗示
inky	墨水 漆黑
inland	内陆 国内
inlay	嵌入 镶嵌 装帧
inlet	进口
inman	人名
inmost	心底 内心深处
inn	旅馆 客栈 围垦
innate	先天 天生 天赋 与生俱来
inner	内部 内心
innerm	内心 秘密
inning	回合
innoce	无罪 无知 笨蛋
innocu	无害 无伤大雅
innova	改革 创新 革新
innuen	讽刺 暗示
innume	无数 数不清
inocul	接种 嫁接 灌输
inoffe	无害
inoppo	不巧
inordi	过度 紊乱 过分 不规则 无限制 放纵
inorga	无机
inques	审讯 讯问 验尸
inquir	质询 探索 调查 询盘 询问 查究
inquis	调查 探究 审理 检察官 好奇 求知欲
inroad	侵入 得手 侵害
insane	精神错乱 疯狂
insani	疯狂 愚顽 精神错乱
insati	贪求无厌
inscri	题字 碑铭 登记 题写 雕刻
insect	昆虫
insemi	播种 受胎 授精 栽植
insens	昏迷 不知 无知觉 冷淡 迟钝 无生命
insert	插入 附着 刊载
inserv	在职
inside	内部 内脏 内幕 秘密 户内
insidi	隐伏 阴险 狡猾 狡诈 隐袭 隐匿
insigh	察看 洞察力 见识
insign	无关紧要 琐碎
insinc	伪善
insinu	巴结 暗示 滋长 旁敲侧击
insipi	乏味 清淡 难吃
insist	坚持 强调 迫切
insole	粗野 无礼 侮慢 傲慢 无耻 鞋垫
insolv	破产
insouc	无忧无虑 漫不经心 不在意 满不在乎
insp	情报 消息 来源
inspec	检查员 检验 检查 视察 检阅
inspir	感动 激发 启示 吸入 鼓舞 产生
instal	安装 安置 就职 装置 装设 分期付款
instan	建议 情况 例子 场合 立即 即刻
instea	反而
instep	脚背 背部
instig	教唆 怂恿 煽动 鼓动
instil	滴注 滴剂
instin	本能 直觉 天生
instit	机构 惯例 制度 学会 学院 协会
instru	指令 教导 命令 工具 手段 仪器
insubo	反抗
insubs	脆弱
insuff	不够
insula	绝缘 隔离 孤立
insuli	胰岛素
insult	侮辱 无礼 损害 攻击
insupp	不合理
insura	保险 保险费
insure	保险 确保 投保
insurg	起义 澎湃
insurr	起义 暴动 反抗
intact	原封不动 完整
intagl	凹雕
intake	入口 吸入
intang	无形
intege	整体 整数
integr	综合 集成 完整 完全 正直 廉正
intell	智力 情报 信息 知识分子 聪明 智能
intemp	过度 酗酒
intend	计划 打算
intens	非常 强烈 紧张 热情 强度 加强
intent	意图 含义 故意 专心 决心 热心
inter	埋葬
intera	相互作用
interb	混种
interc	交往 交流 截取 妨碍 截距 拦截
interd	禁止 停止 阻断 封锁 制止 禁令
intere	兴趣 嗜好 利息 利益 爱好 趣味
interf	界面 妨碍 冲突 干涉 抵触
interi	内部 内政 心灵 内地 暂时 临时
interj	插嘴 感叹词 插入语
interl	幕间 插曲 穿插 过场 好事者 连结
interm	调停者 中级 中间 中间人 媒介
intern	国际 内在 国内 国际性 实习生 拘留
interp	解释 演出 翻译 理解 人际
interr	中断 妨碍 插嘴 打断 打扰 障碍物
inters	交集 十字路口 交叉点
intert	纠缠 缠绕 互文
interv	面谈 访问 接见 面试 插入 介入
interw	交织 混杂
intest	内部 国内
intima	亲密 私人 秘密 暗示 通知 告诉
intimi	威胁 恐吓
intole	偏狭 偏执
intona	朗诵 语调
intone	吟咏
intoxi	陶醉 喝醉
intrac	倔强 棘手 沿岸
intram	校内 内部
intran	不妥协 强硬 内联网
intrap	内心
intrav	静脉注射
intrep	勇猛
intric	复杂 错综 缠结 难懂
intrig	阴谋 密谋 私通
intrin	本质 原有 真正
intro	介绍
introd	介绍 引入 采用 输入 传入 初步
intros	内省 反省
introv	内向 内省
intrud	侵入者 闯入 侵入
intrus	闯入 侵扰
intuba	插管
intuit	直觉
inunda	浸水 泛滥 淹没 充满 淹水 洪水
inure	生效
invade	侵入 侵略 侵袭 侵略者
invali	病人 有病 无效
invalu	无价
invari	恒定 始终如一
invasi	侵犯 侵入 侵害
invect	臭骂 非难 恶言
inveig	痛骂 臭骂 诱骗 诱使
invent	发明 创作 虚构 发明家
invers	倒转 倒置 倒装 相反 反向 反面
invert	转化 反转 颠倒 无脊椎 无脊椎动物 反相器
invest	投资 调查 审查 投资者 花费 笼罩
invete	积习
invidi	诽谤
invigo	精力充沛 鼓舞 搞活 健壮
invinc	无敌
inviol	不可侵犯 神圣
invisi	看不见 无形
invita	邀请 请柬 引诱
invite	邀请 请求 引起 招致
inviti	诱人 动人
invoca	祈祷 符咒
invoic	发票
invoke	祈求 恳求 实行 援引 引起
involu	自然而然 无意识 不知不觉 偶然 不随意
involv	包括 陷于 包围 卷入 牵连 包含
invuln	刀枪不入 无懈可击
inward	内心 本来
ion	离子
ionic	离子
ioniza	电离
ionize	电离
ionosp	电离层
iou	借据 借条
iphone	苹果手机
ipo	首次公开募股
iq	智商
ira	爱尔兰共和军
iran	伊朗
irania	伊朗
iraq	伊拉克
iraqi	伊拉克
irasci	暴躁
irate	发怒 生气
irelan	爱尔兰
irena	人名
iri	虹膜 虹彩
irides	闪光
irigar	伊利格瑞
irish	爱尔兰人 爱尔兰语 爱尔兰
irishm	爱尔兰人
irk	厌倦 苦恼
irksom	厌恶 讨厌
iron	熨斗 铁器 坚强 烙铁 镣铐 烫平
ironcl	装甲 铁定
ironic	挖苦 讽刺 反话 出乎意料
ironst	铁石
irony	反语 讽刺
irradi	发光 光线 照射 照耀 启发 灿烂
irrati	无理数 不合理
irreco	矛盾
irregu	不规则 不合法 例外
irrele	不相干
irreme	无可救药
irreso	优柔寡断
irresp	不顾 无关 没关系
irreve	不可逆 不敬 不逊 无礼 非礼 不可挽回
irriga	灌溉 冲洗
irrita	刺激 烦恼 刺激物 激怒 发怒 兴奋
irrupt	侵入 闯进
irv	欧文
irvine	警官
irwin	欧文
isaac	艾萨克 以撒
isay	人名
ischia	坐骨
isla	岛屿
islam	伊斯兰教
islama	伊斯兰堡
islami	伊斯兰教 穆斯林
island	岛屿 安全岛 孤立
isle	小岛 群岛
islet	小岛
ism	主义 学说 制度
isolat	隔绝 孤立 隔离 绝缘
isomet	立方
isotop	同位素
israel	以色列 以色列人 犹太人
issuan	发行 发布
issue	发行 问题 后果 流出 出口 争端
istanb	伊斯坦布尔
ita	意大利
italia	意大利人 意大利语 意大利
italic	斜体 斜体字
itch	渴望 疥疮 发痒
itchin	瘙痒 发痒
itchy	渴望
item	项目 条款 一则
iterat	重复 反复 絮叨
itiner	旅程 游记 巡回
itself	它本身
itzhak	人名
iud	子宫内避孕器
iv	自变量
ivan	伊凡
ivory	象牙 乳白色
ivy	常春藤 学院 抽象
ix	离子交换
jab	猛击
jabir	人名
jack	插座 千斤顶 男人 抬起 提醒 增加
jackal	帮凶 走狗
jackas	傻瓜
jackbo	好斗 侵略 粗暴 残暴
jackda	寒鸦
jacket	夹克 外套
jacko	人名
jackpo	头奖 奖赏 困境
jackso	杰克逊
jacky	水手 杜松子酒
jacob	雅各
jacque	雅克
jade	翡翠 绿色 疲倦
jag	缺口 小伙子
jaguar	美洲虎
jail	监牢 监狱 拘留所 监禁 下狱
jailbi	囚犯 惯犯
jailer	狱卒
jailho	监狱
jaime	杰米
jakart	雅加达
jake	满意 上等 乡下佬 家伙
jam	果酱 堵塞 困境 挤进 塞满 混杂
jamaic	牙买加
jamie	杰米
jammy	睡衣裤
jan	一月
janata	人民团体 人民党
janeir	一月
jangle	吵架 吵嚷 空谈
jani	人名
janito	守卫 管理人 管理
jannie	人名
januar	一月
jap	日本 日本人
japan	日本
japane	日本人 日语 日本
jape	戏言 笑料 嘲弄 开玩笑
jar	震动 震惊 冲突 刺激
jargon	行话 梦话 土语
jarman	人名
jaruze	人名
jasmin	茉莉
jason	詹森
jasper	碧玉
jaundi	黄疸 偏见 乖僻
jaunt	远足
jaunti	快活 活泼 洋洋得意
jaunty	快活 活泼 轻快
jav	人名
java	爪哇
javane	爪哇
javeli	标枪
jaw	闲谈 教训 唠叨
jawbon	信用
jay	傻瓜
jazz	爵士乐 喧闹 游荡 活泼
jazzy	爵士 奔放 激烈
jc	法学家
jd	法学博士
jealou	嫉妒 羡慕 留心 戒备 妒忌 猜忌
jean	牛仔裤 牛仔布
jeddah	吉达
jeep	吉普车
jeer	嘲笑 讥讽 戏弄 嘲弄 揶揄
jeff	杰夫
jeffer	杰弗逊
jeffry	人名
jehova	耶和华
jejunu	空肠
jel	果冻
jell	果子冻
jello	果冻
jellyf	水母 海蜇
jenkin	人名
jenny	母驴
jeopar	危害 危难 危险
jeremi	耶利米 悲叹 怨恨
jeremy	杰里米
jerich	耶利哥
jerk	牛肉干 痉挛
jerki	颠簸
jerky	抽筋 牛肉干
jerry	草率 偷工减料
jersey	运动衫
jerusa	耶路撒冷
jesse	耶西
jessic	杰西卡
jessie	杰西
jessop	人名
jest	笑柄 笑话 嘲笑 开玩笑
jester	小丑
jesuit	阴谋家
jesus	耶稣
jet	喷嘴 射出 喷射
jetty	防波堤 码头 伸出
jew	犹太人 守财奴 欺骗 杀价
jewel	珠宝
jewell	宝石 珠宝 宝贝
jewelr	珠宝
jewish	犹太人
jewry	犹太人
jez	人名
jib	移转 踌躇不前
jibe	嘲笑 一致 转帆
jicama	豆薯
jiffy	瞬间
jig	夹具 乱跳
jigger	小玩意
jigsaw	线锯
jihadi	圣战
jilt	抛弃
jimi	人名
jimmy	铁撬
jingle	叮当声 押韵
jink	闪身 闪开 闪避
jinx	厄运 倒霉
jitter	神经过敏 战战兢兢
jive	摇摆乐 摇摆舞 假话 欺骗
jj	林俊杰
jl	日本航空
jm	牙买加
job	工作 职业 事情 打杂 假公济私 批发
jobles	失职 失业
jobson	人名
jochen	人名
jock	运动员
jockey	驾驶员 驾驶 移动
jocula	诙谐 打趣 滑稽
joey	幼兽
joffre	人名
jog	慢跑
johan	约翰
johann	约翰内斯堡 约翰 人名
johans	约翰逊
john	盥洗室 厕所 嫖客
johnni	家伙
johnny	男人 家伙
johnso	约翰逊
johnst	约翰斯顿
join	参加 结合 加入 连接
joint	接合 关节 共同 联合 连接 合办
joke	笑话 玩笑 笑柄 开玩笑 取笑 作弄
joker	家伙 巧计
jokey	滑稽
joking	开玩笑 打趣
jol	愉快 高兴 宜人 恭维 取笑 开玩笑
jollit	高兴 酒宴
jolt	摇动 颠簸 慌张 猛击
jona	人名 约纳
jonath	乔纳森
jone	琼斯
jong	小伙子
jordan	约旦 约旦河
jose	约瑟
josef	约瑟夫
joseph	约瑟夫 约瑟
josh	戏弄 说笑 玩笑
joshua	约书亚
josiah	约西亚
joss	偶像 神像 佛像
jostle	冲撞 煽动
jot	少量 稍许
jounce	震动 摇撼 颠簸 摇动
journa	新闻记者 日记 杂志 日报 新闻工作者
journe	旅程 旅行 行程 游历
journo	报人 记者
joust	格斗
jove	木星
jovial	快活 高兴 愉快 快乐 愉悦
jovian	威风凛凛
joy	欢喜 乐事 高兴 快乐
joyful	欢喜 高兴 喜悦
joyous	快乐 高兴
joyrid	胡作非为
joysti	操纵杆
jr	初级
jt	连接 接合
ju	七月
juan	胡安
jubila	欢呼 喜洋洋 喜欢 庆祝 欢欣 喜气洋洋
jubile	庆祝 狂欢节
judah	犹太
judaic	犹太教 犹太人
judais	犹太教
judder	颤抖
jude	犹大
judea	朱迪亚
judean	犹太 犹太人
judge	法官 裁判员 审判官 审理 鉴定 判断
judgem	审判 判决 判断
judgme	裁判 宣告
judici	法庭 公正 司法 法院 法官 司法部
judo	柔道
jug	水壶 监牢 关押
juggle	行骗 篡改 耍弄 歪曲 魔术 欺骗
jugula	咽喉 颈部
juice	活力 体液
juicy	生动 多水分
juju	符咒
jul	七月
julia	朱莉娅
julien	朱利安
juliet	朱丽叶
jumble	搀杂 混杂 搞乱 混乱 薄饼
jumbo	庞然大物 巨大
jump	跳跃 跳动 暴涨 惊跳
jumper	工作服
jumpst	安装 引进
jumpy	跳跃 跳动 神经质
jun	六月
juncti	连接 会合处 交叉点
junctu	接合 连接 接缝
june	六月
jungle	丛林
junior	年少 下级 后进
junk	垃圾 舢板
junket	设宴 宴请
juno	朱诺
junta	政府
jupite	木星
jurass	侏罗纪
juridi	法院
jurisd	司法权 审判权
jurist	法学家
juror	陪审员
jury	陪审团 应急
jus	法律 权利 汁液
just	公正 正当
justic	正义 公平 公正 正确 司法 审判
justif	证明 辩护
jut	尖端 突出 伸出
jute	黄麻
juveni	少年
juvent	尤文图斯
juxtap	并排 并列
kabul	喀布尔
kadhaf	人名 卡扎菲
kafka	卡夫卡
kahlo	人名
kahn	卡恩
kaiser	皇帝
kalash	人名 卡拉什尼科夫
kale	甘蓝菜 蔬菜
kaleid	万花筒 千变万化
kamika	神风特攻队
kampal	坎帕拉
kampuc	柬埔寨
kangar	袋鼠
kant	康德
kantia	康德
kaolin	高岭土
kapok	木棉
kaput	坏了
karach	卡拉奇
karate	空手道
karl	卡尔
karma	因果报应 命运
karmic	命运 因果报应
karnat	卡纳塔克邦
karpov	人名
karr	人名 卡尔
karst	喀斯特
kashmi	克什米尔
kaspar	人名
kate	凯特
kath	人名 卡特
kathar	凯瑟琳
kather	凯瑟琳
kathma	加德满都
kathry	凯瑟琳
katy	凯蒂
kazakh	哈萨克斯坦 哈萨克人
kcl	氯化钾
ke	动能
keble	人名
keel	龙骨 倾覆
keele	人名 基尔
keen	锋利 敏锐 强烈 敏捷 热心 渴望
keenne	锐利 尖锐 敏感
keep	生计 维持 保持 保存 遵守 看守
keeper	监护人 管理人
keepsa	纪念品
keiret	企业集团
keiste	屁股
kel	凯利 战士
kellet	人名
kelley	凯利
kelp	海草
kelso	人名
kemp	冠军
kempto	人名
kenilw	人名
kenned	肯尼迪
kennel	狗舍 狗屋 阴沟
kennet	人名
kennin	人名
kente	人名 肯特
kenya	肯尼亚
kenyon	凯尼恩
kepler	开普勒
kerati	角蛋白
kerchi	头巾 围巾 手帕
kern	颗粒
kernag	人名
kernel	核心 中心 精髓 内核
kerose	煤油 火油
kersha	人名
kestre	红隼
keswic	人名
kettle	茶壶
kevin	凯文
key	钥匙 解答 关键 要害 基调 线索
keyboa	键盘
keyhol	锁眼
keynot	基音 基调
keysto	重点
kg	千克 公斤
kgb	克格勃
khan	可汗
kharto	喀土穆
khrush	赫鲁晓夫
kibitz	管闲事
kibosh	胡说
kick	反冲 反抗
kickba	回答 反扑 退还
kickof	开球 开始 肇始
kicky	精神饱满 活泼
kid	小孩 欺骗 哄骗 嘲弄
kiddie	小孩
kiddo	老兄
kiddy	小孩
kidnap	绑架 诱拐 拐骗
kidney	个性
kiel	基尔
kieran	人名
kiev	基辅
kike	犹太人
kilbri	人名
kilbur	人名
kilima	乞力马扎罗山
kill	杀戮 小河 破坏 消灭 终止 抵消
killer	猛兽 致死 杀手 止痛药
killjo	煞风景
kiln	烘干
kilogr	千克 公斤
kilome	公里 千米
kiloto	千吨
kilowa	千瓦
kilt	卷起 移动
kilter	顺利 平衡
kimono	和服
kin	亲戚 血缘关系 家族 同类
kinase	激酶
kind	种类 性质 方式 亲切 仁慈 和蔼
kinda	有一点
kinder	幼稚园
kindle	点燃 着火 引起 照亮 激动 发亮
kindli	亲切 慈爱
kindne	仁慈 亲切 和蔼
kindr	家族 相似 同类 血缘
kinema	运动学
kinesc	显像管 录像
kineti	运动 动力学 活动
king	国王 君主 统治
kingdo	王国 领域
kingfi	鱼狗 翠鸟 首领 头子
kingho	人名
kingpi	首脑
kingsh	王位 王权
kingst	金斯敦
kink	扭结 蜷缩
kinky	弯曲 古怪
kinnoc	人名
kinsma	亲属
kiosk	凉亭 报摊
kip	吊床
kirk	教会
kirkca	人名
kirkha	人名
kirkwo	人名
kirsty	人名
kiss	接吻
kissin	基辛格
kit	装备 工具箱
kitbag	行囊 背包
kitche	厨房
kite	风筝 空头支票 骗子 上升
kith	朋友 邻居 亲属
kitson	人名
kitt	人名
kitten	小猫 产仔
kitty	小猫
kiwi	鹬鸵 地勤人员
klatch	聚会
klaus	克劳斯
klee	人名 克莱
klein	克莱因
kleinw	人名
klerk	人名
klezme	演奏 乐曲
klick	公里
kline	人名
klutz	笨蛋
knack	诀窍
knacke	杀死 筋疲力尽
knapp	打碎 拗断
knapsa	背包
knave	恶棍 骗徒 杰克
knead	按摩
knee	膝盖
kneeca	膝盖骨 护膝
kneel	跪下
knell	凶兆
knesse	议会
knife	小刀 匕首 切割 伤害 劈开 穿过
knight	骑士 爵士
knitwe	针织品
knob	把手 旋钮 鼓起
knobb	有节
knock	敲打 敲门 敲击 攻击
knocka	喧嚣
knockd	击倒 廉价 压倒
knocke	门环
knocko	击倒 引人注目 轰动 昏迷
knoll	敲钟 敲响
knot	难题 打结 纠缠
knott	人名 诺特
knotty	棘手
know	知道 了解 认识 确信
knowab	可知
knowho	情报 诀窍 技巧
knowin	会意 心照不宣 故意 有意 老练 知道
knowle	知识 学问 认识 知道 聪明
knuckl	指节
ko	击倒 打倒
koala	袋熊
kodak	照片 柯达
koenig	人名
konsta	人名
kook	怪人 疯子
kooky	古怪 乖僻 疯狂 讨厌
kop	山岳
korda	人名
korea	朝鲜 韩国
korean	朝鲜人 朝鲜语
kosher	清净 合适
kosovo	科索沃
kowloo	九龙
kowtow	磕头 叩头
kozyre	人名
kph	千米 小时 公里
kraal	牛栏
kraft	牛皮纸
krajin	人名
krakat	喀拉喀托火山
krakow	克拉科夫
kremli	克里姆林宫
krenz	人名
krill	磷虾
kriste	克里斯蒂娃
kuala	河口
kubric	人名 库布里克
kudo	奖赏 光荣 荣誉
kumqua	金橘
kuomin	国民党
kurd	库尔德人
kurdis	库尔德人
kurtz	人名
kuwait	科威特
kwik	人名
kyi	人名
kyle	海峡
kyoto	京都
kyte	肚皮 肚子
la	莱恩
lab	实验室
label	标签 称号 商标 标志 标注
labor	劳动 努力 工作 劳工 分娩 苦干
labora	实验室 化工厂
labori	艰苦 费劲 勤劳 辛苦 费力
labour	劳动 努力 工作 劳工 分娩 苦干
labyri	迷宫 迷路
lac	十万 许多
lace	饰带 花边 缎带 鞋带
lacera	划破 痛心 撕碎
lacewo	花边
lacey	花边
lack	缺乏 不足 短少 需要
lackad	懒洋洋 愁闷 伤感
lackey	仆人 侍从 马屁精 服侍 侍候 奉承
lacklu	平凡 暗淡
laconi	简洁 简明
lacque	漆器
lacroi	人名
lactat	授乳 哺乳
lactic	乳汁
lactos	乳糖
lacuna	空白 空隙
lacy	丝带 花边
lad	青年 家伙 少年 情人
ladbro	人名
ladder	成名
laddie	少年 老弟
ladisl	人名
ladle	勺子
lady	淑女 夫人 女士 贵妇
ladybi	瓢虫
ladybu	瓢虫
ladyli	娴淑 高雅
ladysh	夫人 小姐
laffer	人名
lag	落后 囚犯 迟延 最后 蹒跚 滞后
laggar	迟钝 落后
lago	拉各斯
lagoon	咸水湖
lahore	拉合尔
lair	兽穴 泥潭
laird	地主 领主
laity	俗人 外行
lakefr	湖边 湖畔
lakesi	湖边
lal	人名 洛杉矶湖人
lam	鞭笞 逃脱 逃亡
lama	喇嘛
lamb	小羊 羔羊
lambas	鞭打 痛打
lamben	巧妙
lame	跛足 无用
lamene	残废
lament	悲叹 悔恨 挽歌 悼词 哀悼
lamina	薄板 薄片 薄层 叶片
lamp	照亮
lampli	灯火
lampoo	讽刺
lampre	八目鳗
lampsh	灯罩
lan	局域网
lanc	兰开夏郡
lancas	兰开夏郡 兰开斯特
lance	长矛 柳叶刀 冲进
lancel	兰斯洛特
lanche	人名
land	地面 地产 国土 登陆 登岸 到达
landfa	着陆
landfi	垃圾堆
landfo	地形
landho	地主
landla	女房东
landli	地平线
landlo	房东 地主
landmi	地雷
landow	地主
landsc	风景 山水
landsl	山崩
landsm	同胞
lane	小路 单行道
lang	语言
langda	人名
langer	人名
langfo	人名
langha	人名
langua	语言 文字 措辞
langue	语言
langui	憔悴 苦思 疲倦 无力 阴沉
languo	怠惰 疲倦 无力 郁闷
lank	细长
lanky	瘦长
lanter	灯笼 提灯 航标灯
lanzar	人名
lao	老挝
laotia	老挝
lap	膝盖 下摆 衣兜 重叠 围住 包围
lapel	翻领
lapida	宝石
lapill	火山砾
laplac	拉普拉斯
laplan	拉普兰
lapoin	人名
laport	人名
lapse	过失 流逝 失效 犯错 堕落 减退
larcen	盗窃
lard	猪油 夹杂 润色
large	大量 宽大 广博 大大 夸大 大半
largen	巨大 广大 大量
larges	慷慨 大度 施舍
largo	缓慢 慢板
lariat	套索
lark	云雀 百灵鸟 欢乐 嬉耍 愚弄
larne	人名
larry	拉里
larsen	人名 拉森
larson	拉森
larva	幼虫
larval	幼虫
laryng	喉头 喉部 喉音 喉炎 喉镜
larynx	喉头
lasciv	好色 淫乱 猥亵
laser	激光
laserj	激光打印机
lash	鞭子 鞭打 睫毛 责骂 讽刺 摆动
laslet	人名
lass	少女 爱人 情妇
lassie	少女 姑娘 恋人
lassit	疲倦 疲乏
lasso	套索
last	最后 末尾 最近 持续 支持 维持
latch	门闩 抓住 占有
late	已故 近来 最近
latenc	潜伏 潜在
latent	隐藏
latera	支线 边音 侧面 旁边
latex	乳液 胶乳
lath	板条
lathe	车床
lather	肥皂泡
latime	人名
latin	拉丁语
latitu	纬度 范围
latrin	厕所
latte	拿铁咖啡 牛奶
latter	后者 近来
lattic	格子
latvia	拉脱维亚
laud	赞美 称赞
lauda	人名
laudat	赞美 赞赏
laugh	笑声 大笑
laugha	可笑 有趣
laughi	可笑 笑哈哈 笑柄
laught	笑声
launch	下水 汽艇 发射 发动 起飞 投入
launde	洗衣 烫衣 自助洗衣店
laundr	洗衣店 洗涤
laurea	荣誉
laurel	月桂树 荣誉
lauren	劳伦斯
lausan	洛桑
lav	盥洗室 厕所 洗手间 洗脸盆 抽水马桶
lava	熔岩 火山岩
lavato	洗脸盆 厕所
lave	沐浴
laver	紫菜
lavery	人名
lavish	大方 丰富 浪费 滥用
law	法律 法则 定律 法学 诉讼 起诉
lawfor	人名
lawful	守法 合法
lawler	人名
lawles	非法 违法 目无法纪
lawman	警察 警官
lawn	草坪
lawnmo	割草机
lawren	劳伦斯
lawsui	诉讼
lawton	劳顿
lawyer	律师
lax	腹泻 松弛
laxati	通便
laxity	松弛
layabo	懒汉
layfie	人名
layman	俗人 门外汉 凡人
layout	布局 陈列
laypeo	外行
layper	外行
layton	人名 莱顿
layup	接头
lazard	人名
lazaru	乞丐 穷人
laze	偷懒 混日子 消磨 懒散
lazi	懒洋洋
lazine	怠惰 无精打采
lazy	懒惰 怠惰 缓慢 懒散
lb	文学士
lcd	液晶显示器
ld	致死剂量
ldc	长途电话
ldp	自由民主党
leach	过滤 萃取 过滤器
leaden	呆滞 沉闷
leader	领导者 社论 指挥 领袖 领导能力
leadof	开始 着手
leaf	树叶 花瓣
leafle	传单
leafy	多叶
league	同盟 联盟 盟约 加盟
leak	漏洞 泄漏 渗漏
leakag	泄漏
leamin	人名
lean	瘦肉 倾斜 倾斜度 贫乏 歉收 倚靠
leanne	贫瘠 贫弱
leap	跳跃 剧增
learn	学习 得知
learne	初学者
lease	租约 出租
leaseh	租赁
leash	皮带 束缚
least	最少
leathe	皮革 皮制品 抽打
leave	许可 告别 请假 休假 离开 剩下
leaven	酵母 发酵 渐变
leavi	人名
lebane	黎巴嫩
lebano	黎巴嫩
lech	好色 肉欲 好色之徒
lecher	好色 纵欲 淫荡 好色之徒
lecith	卵磷脂
lector	讲师
lectur	演讲 谴责 训诫 说教 讲演 讲师
ledge	暗礁 矿层
ledger	分类帐 横木
lee	避风处 保护 庇护 避风 下风
leech	水蛭 吸血鬼
leery	机敏 猜疑 狡猾
leewar	下风
lefevr	人名
leftis	左派
leftov	残留物 剩饭 残余
leftwa	左侧
lefty	左撇子
leg	假腿 路程
legal	法律 法定 合法
legali	合法化 合法 正当 文牍主义
legate	特使 使节 使者
legend	传说 图例 著名
leger	分类帐
legerd	戏法 骗术 诡辩
legibl	清晰 易读
legion	军团 军队
legisl	立法 法律 立法机关 议会 立法院 立法委员
legiti	合法 正当 正统
legume	豆类 豆荚
lehman	雷曼
leices	莱斯特
leiden	莱顿
leisur	空闲 闲暇 悠闲
lemma	论点 引理
lemon	柠檬
lemona	柠檬水
lemony	柠檬
lemur	狐猴
len	透镜 镜头 镜片 晶状体
lend	增添 提供 出租 贷款
lender	贷方
lendl	人名
length	长度 期间 冗长 漫长 加长 延长
lenien	宽大 温和
lenin	列宁
lening	列宁格勒
lenini	列宁主义
lennie	人名
lense	人名
lentic	透镜
leo	狮子 狮子座
leomin	人名
leonie	人名
leonin	狮子
leopar	美洲豹
lepine	人名
lepros	腐败
leprou	鳞状
lepton	轻子
lesion	损害
lesoth	莱索托
less	较差
lessee	承租人
lessen	减少 缩小 减轻
lesser	次要
lesson	课业 教训
lest	以免 唯恐 免得
lester	莱斯特
letchw	人名
letdow	减低 减退 松弛 失望
lethal	致命
lethar	昏睡 冷淡 瞌睡
letter	字母 证书 铅字 学问
lettuc	莴苣 生菜 纸币
leucoc	白血球
leukae	白血病
leukem	白血病
leukoc	白血球
lev	列弗
levant	躲债
level	水平 水准 平坦 弄平 夷平 同等
lever	杠杆 撬开
leverh	人名
leviat	巨轮
levin	闪电
levins	人名
levity	轻率 轻浮
levy	税款 征收 征税 强求 召集
lewd	淫荡
lexi	词汇
lexica	字典 词汇
lexico	词汇 词典
leylan	人名
leyton	莱顿
li	百合 百合花 洁白 纯洁
liabil	责任 债务 倾向
liaiso	联络
liana	藤本植物
liar	说谎者
lib	解放
libati	奠酒 饮酒
libel	侮辱 诽谤 中伤
libell	诽谤
libelo	诽谤
libera	慷慨 宽大 自由主义 释放 解放 自由
liberi	利比里亚
libert	自由 特权 许可 冒失
libidi	性欲 好色
libido	性欲
libor	人名
libra	天秤座
librar	图书馆 藏书 图书馆员 图书管理员
librat	摆动 天平动
libret	剧本
libya	利比亚
libyan	利比亚
licenc	执照 许可证 特许 许可 认可
licens	执照 许可证 特许 许可
licent	放肆 放荡
lichen	青苔 地衣
lick	少许 鞭打
licori	甘草
lid	盖子 限制 眼睑
lie	谎言 假象 位置 说谎 位于 展现
liecht	列支敦士登
liege	君主 王侯 臣下
lieu	场所
lieute	中尉 副官
life	生活 生命 人生 世事 生物 寿命
lifebl	鲜血
lifebo	救生艇
lifegu	卫兵 禁卫军 救生员
lifele	无生命 死气沉沉
lifeli	生命线 栩栩如生 逼真
lifelo	终身 毕生
lifesa	救生员
lifesp	寿命
lifest	生活方式
lifeti	一生 终生
lift	举起 帮助 昂扬 电梯 升高 提高
lifter	升降机
liftof	起飞 启动
ligame	纽带 韧带
ligati	结扎
ligatu	结扎
light	光亮 日光 光源 火花 眼光 少量
lighte	照亮 点亮 减轻 轻松 闪出 发亮
lighth	灯塔
lightn	闪电
lightw	轻量级
lignin	木质素
lignit	褐煤
likabi	可爱
likabl	可爱
like	相似 同样 喜欢 愿意 希望 爱好
likeab	可爱 迷人
likeli	可能 可能性
liken	比喻 比拟
likene	样子
likewi	同样
lilac	丁香
lille	里尔
lilley	人名
lillie	人名
lillip	小人 侏儒
lima	利马
limb	四肢 枝干 边缘
limber	柔软 敏捷
limbo	监狱 忘却
lime	石灰 酸橙
limest	石灰石
limina	阈限
limit	界限 边界 限度 极限 限制 限定
limita	限制 缺陷 限额
limitl	无限
limn	描写 描绘
limoge	人名
limous	轿车
limp	柔软 无力 软弱
limpid	清澈 透明 平静
linc	林肯郡
linchp	关键
lincol	林肯 林肯郡
linden	菩提树
lindle	人名
line	电线 线路 路线 航线 界线 战线
lineag	血统 直系
lineal	直系 正统 嫡出
lineam	容貌 相貌 轮廓
linear	直线 线状
linen	亚麻布 亚麻
liner	班机 衬里
lineup	阵容
linfor	人名
ling	鳕鱼
linger	逗留 消磨 徘徊
lingo	外国话 隐语
lingua	舌音 语言
lingui	语言 语言学 语言学家
link	链接 火把 连结 联合
linkag	联合 连锁 结合 联动
linnae	林奈
linole	漆布
linse	亚麻籽
lion	狮子
liones	雌狮
lipman	人名
lipopr	脂蛋白
lipsti	口红 唇膏
liquef	溶解 液化
liqueu	利口酒
liquid	液体 流体 透明 明亮 流动 易变
liquor	液体 溶液 浸水 喝酒
lira	里拉
lire	里拉
lisbon	里斯本
lisp	口齿不清
lissa	人名
list	目录 名单 明细表 条纹 列表 序列
listen	倾听 听从 听众
listle	倦怠 无精打采 冷淡
liszt	李斯特
litany	连续
lite	清淡 简化
liter	公升
litera	文学 文艺 著作 读写能力 识字 文字
lithe	柔软
lithos	岩石圈
lithua	立陶宛
litiga	诉讼 起诉
litmus	石蕊
litre	公升
litter	垃圾 杂乱 担架 乱丢 弄乱 产仔
little	一点点 少许 一会儿 短时间 幼小 琐碎
littor	海滨 沿海 沿海地区
livabi	存活率
livabl	过得去
live	生动 精力充沛 实况转播 生存 居住 度过
liveli	生计 营生 生活
liver	肝脏 居民
liverp	利物浦
livery	制服 侍从
livese	人名
livest	家畜
livid	铁青
lizard	蜥蜴
ljj	林俊杰
lloyd	劳埃德
lm	光学显微镜
lms	小羊 羔羊
ln	自然对数
loach	泥鳅
load	负荷 担子 重担 负载 工作量 加载
loaf	游荡 游手好闲 虚度光阴
loafer	懒人
loam	壤土
loamy	壤土
loan	贷款 借出 借给
loaner	债权人
loath	不情愿 厌恶
loathe	厌恶 憎恶
loaths	讨厌 可恶
lob	笨人 高球
lobby	大厅 休息室 游说
lobbyi	说客
lobe	耳垂 裂片
loblol	泥泞 水洼
lobste	龙虾
local	地方性 当地 局部 乡土 本地 当地居民
locale	现场 场所
locali	地方 所在 位置
locate	找出 位于 定居
locati	位置 场所
locato	雷达
loch	海湾
lock	刹车 水闸 锁上 拘禁 隐藏 拴住
locker	抽屉
lockja	破伤风
locksm	锁匠
lockst	因循守旧
lockup	拘留所
loco	疯子 火车头 发疯
locomo	火车头 机车 运转 移动
locus	轨迹 地点 所在
locust	蝗虫 蚱蜢
lode	矿脉 水路 排水沟
lodest	北极星
lodge	小屋 门房 支部 旅舍 分会 倒伏
lodger	房客
loe	人名
loess	黄土
loft	阁楼 鸽房 楼上
lofti	高尚 傲慢
lofty	傲慢 崇高 高级 玄虚
log	记录 日志 伐木 航行
logari	对数
logger	樵夫 傻瓜 笨蛋
logic	逻辑 逻辑学 推理
logica	合理 逻辑 明智
logist	后勤学 后勤
logjam	拥挤 行不通
logo	商标 徽标
logon	注册
loin	腰部 腰肉
loire	卢瓦尔河
loiter	虚度 徘徊
lol	棒糖 硬糖 冰棍
lollip	棒棒糖
lombar	银行家 当铺 银行
london	伦敦
lone	孤单 孤寂 荒凉 孤立 单身 寂寞
loneli	寂寞 孤独 清静
loneso	寂寞
long	长久 冗长 渴望 热望 始终
longbe	老人 长者
longbo	长弓
longev	长命 长寿 寿命
longin	渴望 切望
longit	经度 经线
longsh	沿岸
longti	长久
loofah	丝瓜
look	神色 样子 面容 注意 朝着 显得
looker	检查员
lookou	注意 前途 景色
lookup	查找 检查
loom	织布机
loon	懒人 潜鸟 笨蛋
loony	发狂 疯子
loop	循环 翻筋斗
loopho	枪眼
loopy	呆头呆脑 糊涂
loose	发射 放任 放纵 宽松 散漫 自由
loosen	放松 松开 解除 松弛
loot	赃物 洗劫 抢夺
looter	掠夺者
lop	砍伐 下垂 垂下
lopez	洛佩斯
loquac	多嘴 好辩 吵闹 潺潺
lord	统治者 阁下 上帝 作威作福
lordsh	主权 支配
lore	知识 眼光
lorne	罗恩
lorrai	洛林 罗琳
lorry	卡车 货车
lorton	人名
los	视线
lose	遗失 损失 丢失 失去 错过 浪费
loser	失败者
loss	损失 遗失 失败 错过 伤亡
lossle	无损
lot	运气 抽签 份额 许多 一堆 划分
loth	厌恶
lothar	人名 色狼 登徒子
lothia	洛锡安区
lotta	许多
lotter	奖券 彩票 运气
lotus	莲花 荷花
loud	大声 不断 高声 吵闹
loudne	响度 高声 大声 吵闹
loudon	人名
loudsp	扩音器 喇叭
lough	港湾
loui	路易斯
louie	路易
louisi	路易斯安那
lounge	闲逛 闲混
louse	虱子 寄生虫
lousy	污秽 恶心
lout	蠢人 愚弄 屈服
louver	天窗
louvre	天窗
lovabl	可爱
love	恋爱 爱情 爱好 性爱 爱慕 可爱
loveab	可爱
lovela	浪子 色鬼
loveli	可爱 美丽 魅力
lovelo	失恋 害相思病
lover	爱人 爱好者
lovesi	害相思病
lovett	人名
lovey	宝贝 亲爱
loving	钟爱 亲切
low	低价 消沉 低等 卑贱 低下 谦卑
lowdow	内幕 真相
lowerc	小写字母
lowlan	低地
lowlif	罪犯
loyal	忠诚 忠实 忠贞
loyalt	忠贞 忠诚 忠实
lozeng	菱形
lr	远距离 远程
lse	伦敦证券交易所
ltd	有限
lube	润滑油
lubor	人名
lubric	润滑 润滑油 润滑剂 涂油
luc	人名
luca	卢卡斯
lucid	明晰 清澈 透明 透彻
lucidi	明朗 清澈 透明
lucie	人名 露西
lucife	撒旦
luck	运气 幸运 好运 侥幸
lucki	幸运 幸亏 侥幸
luckle	不幸
lucky	幸运 吉祥 好运 侥幸
lucrat	获利 合算
lucre	收益 钱财
lucy	露西
ludic	顽皮 开玩笑
ludicr	可笑 滑稽 荒唐
ludovi	人名
lug	耳朵 装腔作势 勒索
luggag	行李 皮箱
lugubr	忧郁 悲惨 悲哀
lui	路易斯
luka	人名 卢卡
luke	路加 路加福音
lull	暂停 间歇 稍息 平静 哄骗 安静
lullab	摇篮曲 催眠曲
lulu	俊秀
lumbar	腰部 腰椎
lumber	木材 废物 隆隆声
lumen	流明
lumina	亮度
lumine	发光
lumino	发光 明亮
lumley	人名
lump	肿块 笨人
lumpur	吉隆坡
lumpy	粗笨
lunacy	精神病
lunar	阴历
lunati	疯癫 愚蠢 丧心病狂 精神错乱
lunch	午餐
lunchb	饭盒 便当
lunche	午宴 午餐会
lundy	人名
lune	弓形
lung	肺脏
lunge	跃进
lunn	人名
lupine	凶残
lupton	人名
lupus	狼疮 豺狼座
lurch	惨败 倾斜 挫折 徘徊 击败
lurid	苍白 华丽 可怕 耀眼 骇人听闻
lurk	潜伏 潜行 暗藏 埋伏
lusaka	卢萨卡
luscio	浓厚
lush	丰富 酒鬼
lust	贪欲 欲望 色欲 贪求 渴望
luster	光彩 荣誉 光泽 发亮
lustfu	贪欲 好色
lusti	精力充沛 强壮
lustre	光彩 荣誉 光泽 发亮
lustro	光辉
lusty	健壮 精力充沛
lute	封泥
lutein	叶黄素
luther	卢瑟
lutyen	人名
luv	爱情
lux	勒克斯
luxemb	卢森堡
luxor	卢克索
luxuri	豪华 奢侈 放纵
luxury	奢侈 豪华
lvmh	路易威登
lx	勒克斯
lyall	人名
lybran	人名
lyceum	学会
lychee	荔枝
lymph	淋巴
lympha	淋巴 淋巴腺 淋巴管
lympho	淋巴细胞 淋巴瘤 淋巴
lynchp	关键
lyne	莱恩
lynx	猞猁
lyon	里昂
lyonna	里昂
lyre	里拉
lyric	抒情诗 歌词 抒情
lyrica	抒情 诗意 狂热
lysi	溶解 消散
lysine	赖氨酸
lysoso	溶酶体
maastr	马斯特里赫特
mac	雨衣 老兄 老弟
macabr	可怕
macada	碎石
macao	澳门
macaqu	猕猴
macaro	通心面 纨绔子弟
macart	麦克阿瑟
macau	澳门
macaw	金刚鹦鹉
macca	人名
macdon	麦克唐纳
mace	权杖
macedo	马其顿
macfad	人名
mach	马赫数 马赫
machia	狡猾
machin	机器 机构 自动售货机
machis	男子气概
macint	人名
mack	雨衣
mackin	人名
maclar	人名
maclea	人名
macmil	人名
macqui	人名
macrae	人名
macram	花边
macro	巨大 大量
macrob	长命
macroc	全域 整体
macrop	巨噬细胞
macros	宏观 目视
macula	斑点 太阳黑子
mad	疯狂 发疯 生气 愚蠢 狂欢 狂怒
madaga	马达加斯加岛
madam	女士 夫人
madame	夫人 小姐 太太 女士 主妇 鸨母
madcap	鲁莽 冲动
madd	发狂 狂乱
madden	发狂 激怒 发怒
maddis	麦迪逊
madeir	马德拉群岛
madeli	玛德琳
madhou	精神病院
madiso	麦迪逊
madman	疯子
madnes	疯狂
madonn	圣母玛利亚
madra	人名
madrid	马德里
madrig	情歌 小调
maeve	人名
mafia	黑手党
mag	杂志 期刊 仓库 军火库 弹药
magazi	杂志 仓库
magdeb	马格德堡
mage	魔术师
magell	麦哲伦
magent	洋红
maggot	狂想 空想
magic	魔术 魔法 不可思议
magica	魔术 不可思议
magill	人名
maginn	人名
magist	长官 法官
magma	岩浆 糊剂
magnan	宽宏大量 高尚
magnat	巨头
magnet	催眠术 磁铁
magnif	华丽 高尚 宏伟 放大 扩大 赞美
magnit	巨大 重大 重要 大小 数量 星等
magnol	木兰
mahal	宫殿
mahara	王公
mahath	人名
mahatm	大圣
mahdi	救世主
maher	马赫
mahler	马勒
mahmou	穆罕默德
mahmud	人名
mahoga	桃花心木
maid	少女 女仆
maida	人名
maiden	少女 处女 未婚 初次 处女膜
maidse	女仆 女佣
mail	邮件 邮政 邮递 盔甲 邮寄
mailba	邮袋
mailbo	邮筒 邮箱
mailer	邮船
mailma	邮递员
maim	残废 伤残
main	干线 体力 力量 主要 重要 全力
mainfr	主机
mainla	大陆 本土
mainli	主线 干线
mainst	主流
mainta	维持 维修 保持 坚持 供养 主张
mainte	维护 保持 维修 坚持 扶养
maison	小屋 商店 房屋 家庭 公司
maitla	人名
maize	玉蜀黍 黄色
maj	主要 大多数 少校
majest	威严 王权 雄伟 庄严
majli	议会
major	成年人 主要 大部分 成年 严重 主修
majord	男管家
majore	人名
majori	多数 大半
make	制造 安排 创造 构成 使得 产生
makepe	人名
maker	制造者 上帝
makesh	权宜之计 权宜
makeup	组成 性格 化妆品 化装 虚构 补考
maladj	失调
malady	疾病 弊病
malais	不舒服
malari	疟疾 瘴气
malark	蠢话 空话
malawi	马拉维
malay	马来 马来人 马来语
malaya	马来亚 马来人 马来半岛
malays	马来西亚
malc	人名
malcon	抱不平 不满 不服
maldiv	马尔代夫
maldon	人名
male	男人 男性 雄性 有力
malefa	罪人 犯人 坏人
malene	男性 雄性
malevo	恶意 狠毒 伤害
malfea	不正当 坏事 渎职
malfor	变形 畸形
malfun	故障 失灵 疾病
malian	马里
malice	恶意 怨恨
malici	恶毒 恶意
malign	恶性 有害 恶意 邪恶 恶性肿瘤 诽谤
malik	酋长
mallar	绿头鸭
mallea	顺从
mallet	球棍
malleu	锤骨
mallia	人名 马利亚
mallow	锦葵
malmes	人名
malnou	营养不良
malnut	营养不良
malo	人名 马洛
malone	人名
malpas	人名
malpra	渎职
malt	麦芽
malta	马尔他
maltes	马尔他 马尔他人 马尔他语
malthu	人名
malton	人名
maltre	虐待 滥用
malwar	恶意软件 流氓软件
mama	妈妈
mamma	妈妈 乳房
mammal	哺乳动物
mammar	乳房
mammon	财富 财神
mammot	猛犸 庞然大物 巨大
mammy	妈妈 保姆
man	男人 人类 操纵 振奋
manacl	手铐 束缚
manage	经营 支配 管理 经理 管理员 处理
managu	马那瓜
manate	海牛
manche	曼彻斯特
manchu	满族 满洲
mandal	曼荼罗 曼德勒
mandar	国语 柑橘
mandat	命令 指令 要求 委任统治 托管
mandel	人名
mandol	曼陀林
mandre	心轴
mane	鬃毛
maneuv	演习 调遣 策略 用计
manful	男子气概 雄伟
manger	马槽
mangle	损坏
mango	芒果
mangy	污秽
manhat	曼哈顿
manhol	人孔
manhoo	成年 勇气 男儿
manhun	搜捕
mania	狂躁 热衷 狂热
maniac	发狂 癫狂 疯狂 狂人 疯子 躁狂
manic	躁狂
manica	急躁 狂躁
manich	摩尼教
manicu	修指甲 修剪
manife	显然 明白 显示 出现 表明 表现
manifo	多种 多方面 复写 多样化 增多
maniki	侏儒
manila	马尼拉
manill	马尼拉
manilo	人名
manioc	木薯
manipu	操纵 利用 操作 假造 处理
manito	神灵
mankin	人类 男性
manlin	男子气概 勇敢
manner	样子 礼貌 风格
mannhe	曼海姆
manoeu	调遣 演习 策略 调动 操纵
manolo	人名
manome	压力计
manor	庄园
manori	庄园
manpow	人力
mansel	人名
manser	仆役
mansio	宅邸
mansla	杀人
manta	外套
manti	螳螂
mantil	披风
mantle	斗篷 罩子 披风 覆盖 脸红
mantra	颂歌 咒语
manual	手册 指南 手动 手工 体力
manufa	制造业者 厂商 产品 制造 假造
manure	肥料 粪肥
manusc	手稿 原稿 手写
manx	马恩岛
many	多数 许多
maoism	毛泽东主义
maoist	毛泽东 主义
map	地图 映像 映射 计划
maple	枫木
mar	损毁 损伤 糟蹋 三月
marabo	隐士 秃鹳
marado	马拉多纳
marai	人名
marath	马拉松
marble	大理石 雕刻品 冷酷无情
marcel	烫发
march	三月 进行 行军 步伐 长途跋涉 进行曲
mare	母驴
margar	人造黄油
marge	边缘
margin	边缘 界限 余裕 差数 差额 保证金
margue	雏菊
maria	玛丽亚
marian	马里亚纳群岛
marie	玛丽
marigo	万寿菊
mariju	大麻
marimb	木琴
marina	码头 腌泡
marine	舰队 水兵 海产 海底 船舶 海运
mario	马里奥
marita	丈夫 婚姻
mariti	海上 海事 沿海 海员
marjor	墨角兰
mark	标志 分数 马克 痕迹 斑点 靶子
marked	显著 醒目 明显
marker	书签 纪念碑 里程碑 标记
market	市场 交易 集市 行情 市面 销路
marksm	射手 枪法
markup	涨价 利润
marl	泥灰
marlan	人名 马兰
marlbo	万宝路
marler	人名 马勒
marley	马利
marlow	马洛 人名
marmal	果酱
marmot	土拨鼠
maroon	爆竹 孤立
marple	人名
marque	侯爵
marqui	侯爵
marria	婚姻 结婚 婚礼 合并
marrow	骨髓 精华 活力 配偶
marry	结婚
marsde	人名
marsei	马赛
marsh	沼泽
marsha	马歇尔 元帅 整理 引领 统率 排列
marshl	沼泽
marshy	湿地
mart	商业中心 市场
marten	貂皮
martha	马大
martia	战争 军事 尚武 威武 火星人 火星
martin	马丁
martyn	马丁
martyr	烈士 受难者 受苦
marvel	奇异 神奇 惊人 不可思议 绝妙 了不起
marwic	人名
marx	马克思
marxia	马克思
marxis	马克思主义
mary	玛丽
mascul	阳性 男性
mash	饲料 调情 捣碎
mask	面具 假面具 掩饰 模糊 化装
maskel	人名
maslow	马斯洛
masoch	受虐狂
mason	泥瓦匠
masque	伪装 假装
mass	大多数 质量 大量 群众 弥撒 大规模
massac	大屠杀 残杀
massag	按摩
massey	梅西
massif	山丘
massin	人名
massiv	宽大 宏伟
mast	桅杆
master	主人 硕士 大师 母机 主要 征服
masthe	刊头
mastic	乳香
mastit	乳腺炎
mastoi	乳突
mastur	手淫 自淫
masud	人名 马苏德
mat	粗糙 缠结
matado	斗牛士
match	比赛 火柴 对手 相配 结婚
matchl	无敌 无比
matchm	媒人
matchs	火柴
matchu	火柴 比赛 竞赛 匹配 相配 相称
mate	配偶 对手 助手 将死 配对 一致
mater	母亲
materi	材料 物资 素材 布料 资料 物质
matern	母亲 母系 母性 怀孕 产妇
matey	融洽 伙伴 朋友
math	数学
mathem	数学 精确
mather	人名
matild	行囊
matin	晨祷
matine	日场
matric	入学 录取
matril	母系
matrim	婚礼 结婚
matrix	母体 子宫 基质 脉石 模型 矩阵
matron	妇女 主妇 稳重
matsus	松下电器
matta	人名
matter	事件 物质 原因 素材 实体 重要
matthe	马太 马太福音
mattoc	鹤嘴锄
mattre	床垫
matura	化脓 成熟
mature	成熟 到期 充分考虑
maturi	成熟 完备 到期
maudli	感伤 伤感
maugha	毛姆
maul	打伤 抨击
maurin	人名
maurit	毛里求斯 毛里塔尼亚
mausol	陵墓
maven	内行 专家
maveri	迷路
maw	嗉囊
mawkis	感伤
maxill	上颌骨 上颌 小颚
maxim	格言 座右铭
maxima	最大 最高
maximi	增加
maximu	极点 极大 最高 最大
maxine	玛克辛
maxwel	麦克斯韦
maybe	也许 大概 可能性
mayf	蜉蝣
mayfie	人名
mayhew	人名
maynar	梅纳德
mayo	蛋黄酱
mayonn	蛋黄酱
mayor	市长
mayora	市长
maze	迷宫 迷惘 混乱 迷失
mazowi	人名
mb	兆字节
mc	国会议员 司仪
mcadam	人名
mcalli	人名
mcalpi	人名
mcarth	人名 麦克阿瑟
mcbrid	人名
mccabe	人名
mccall	人名
mccann	人名
mcclel	人名
mcconn	人名
mccoy	本人 真品
mccrac	人名
mccrea	人名
mccull	人名
mcderm	人名 麦克德莫特
mcdona	麦克唐纳 麦当劳
mcdoug	人名
mcenro	人名
mcevoy	人名
mcewan	人名
mcfadd	人名
mcfall	人名
mcfarl	人名
mcghee	人名
mcgove	人名
mcguir	人名
mchale	人名
mcinne	人名
mckay	人名
mckee	人名
mckend	人名
mckeow	人名
mckinl	人名
mckinn	人名
mckins	麦肯锡
mcknig	人名
mclach	人名
mclaug	人名
mclean	人名
mclell	人名
mcleod	人名
mcloug	人名
mcmana	人名
mcmanu	人名
mcmast	人名
mcmull	人名
mcnab	人名
mcnama	人名
mcnea	人名
mcneil	人名
mcnult	人名
mcphee	人名
mcquai	人名
mcrae	人名
mcshan	人名
mcwill	人名
md	医学博士 总经理
mead	蜂蜜酒
meadow	牧场
meager	贫乏 不毛
meagre	不毛 贫乏 贫弱 少量
meal	膳食 进餐
mean	低劣 卑贱 简陋 吝啬 惭愧 平均
meande	蜿蜒 漫步
meanin	意味深长
meanne	吝啬 卑鄙 劣等
meanti	其间
meanwh	其间 同时
meany	小气鬼
measle	麻疹 风疹
measur	尺寸 测量 量具 程度 范围 限度
meat	食物
meatba	愚蠢
meaty	多肉
mecca	麦加
mechan	机械 机构 结构 机理 技巧 机械性
medal	奖牌 勋章
meddle	干涉 干预
media	媒体
mediae	中古 中世纪
medial	中间 平均 普通 居中 中央 内侧
median	中央 中间 正中 中位数 中线
medias	纵隔
mediat	居间 间接 斡旋 调停 调解 中介
medic	医师
medica	医生 体格检查 医学 内科 医药
medici	医学 内科
medico	医师
mediev	中古 中世纪
medina	麦地那 阿拉伯人
medioc	通常 平凡 平常
medita	沉思 冥想
medite	地中海
medium	媒体 方法 媒介 中间
medley	混合 混杂 杂录 拼凑
medull	骨髓 延髓 脊髓
medusa	水母
meek	温顺 逆来顺受 柔和 忠厚
meekne	温顺 柔和
meet	集会 适宜 合适 遇见 引见 认识
megaby	兆字节
megaci	大城市
megafa	巨型 动物
megali	巨石
megaph	扩音器
megast	巨星
megawa	兆瓦特
meiosi	减数分裂
melami	三聚氰胺
melanc	忧郁 悲哀 忧郁症
melane	美拉尼西亚
melang	混合物
melani	黑色素
melano	黑瘤
melbou	墨尔本
meld	混合 合并
melee	互殴 混战
mellif	甜蜜 甜美 流畅
mellit	糖尿病
mello	人名 梅洛
mellow	成熟 熟练
melodi	旋律
melodr	音乐剧 夸张 戏剧性
melody	曲子 曲调
melon	甜瓜 红利 赃物
melt	熔化 溶解 消散 变软
meltin	溶化
melvyn	人名
member	成员 会员
membra	薄膜 羊皮纸
memet	人名
memo	备忘录
memoir	传记 回忆录 自传
memora	备忘录 难忘
memori	请愿书 记念 记忆 记住 熟记
memory	记忆 记忆力 回忆 纪念 存储 内存
memphi	孟菲斯
menace	威胁 胁迫 威吓
menaci	威胁 恐吓
menage	动物园 野生动物 家务 家庭
menarc	初潮
mend	改进 修补 好转 修改 加快 修理
mendac	虚假 说谎 虚伪 谎话
mendic	行乞 化缘 乞丐 乞讨
menial	卑微 仆人
mening	脑膜炎
menisc	半月板
menstr	月经 每月
mental	心智 精神病 心理 智力 心态
mentho	薄荷醇
mentio	提到 陈述 提及
mentor	指导者 良师益友
menu	菜单
mercan	商业 商人 重商主义
mercen	雇佣兵
mercha	商人 店主 商业 商品 货物 交易
merchi	人名
mercif	仁慈 慈悲
mercil	残忍 无情
mercur	水银 使者
mercy	仁慈 宽恕 慈悲 怜悯 幸运
mere	池塘 仅仅 只不过
meretr	俗气 娼妓
merge	合并 消失 吞没
merger	合并 归并
meridi	子午线 经线 顶点
mering	糕饼
merino	美利奴羊
merit	优点 功绩 价值 功过 真相 值得
merito	有价值
merlin	灰背隼
merlyn	人名
mermai	美人鱼
merri	愉快 高兴
merric	人名
merrim	欢喜 嬉戏
merry	快乐 愉快
mersey	默西河
merson	人名
merthy	人名
mesa	台面
mescal	龙舌兰
mesenc	间质
mesh	网孔 网眼 圈套 陷阱 啮合 落网
mesmer	迷住 迷惑 目瞪口呆 入迷 催眠术
meson	介子
mesopo	美索不达米亚
mesozo	中生代
mess	食堂 伙食 用膳 混乱 乱七八糟 困境
messag	消息 通讯 讯息 教训 预言 通知
messen	使者
messi	乱糟糟 棘手
messia	弥赛亚
messy	散乱 污秽 麻烦
mestiz	混血儿
metabo	新陈代谢 变态
metaco	元认知
metal	金属 合金 本质 质料
metall	金属
metamo	蜕变 变质 变形 变态 变化 变性
metaph	隐喻
metast	转移 新陈代谢 变态 变形
metata	跖骨
mete	测量 分配 边界
meteor	流星
meter	公尺 仪表
methan	甲烷 沼气 甲醇
method	方法 办法 条理 秩序 方法学 方法论
methue	人名
methyl	甲基
meticu	一丝不苟 精确 过细 细致
metier	职业 工作
metony	转喻 换喻
metre	公尺 格律 韵律
metric	公尺 公制 计量 韵律 测量
metro	地铁
metrol	度量衡
metron	节拍器
metrop	大都市 宗主国
mettle	气质 耐力 勇气
metz	梅斯
mew	海鸥
mexica	墨西哥人 墨西哥
mexico	墨西哥
mezzo	一半 中央
mfn	最惠国
mgr	经理 大人 阁下
mi	检疫 军事情报
miami	迈阿密
miasma	毒气 沼气
mica	云母
michae	迈克尔
michel	米歇尔
mick	爱尔兰人
mickey	精神 骄气
micky	精神 骄气
microb	微生物 细菌 微生物学
microc	微电脑 微机
microe	微电子学 微观经济
microf	缩微平片
micron	微米
microo	微生物
microp	扩音器 麦克风
micros	微软公司 显微镜 微观 细微
microt	微管
microw	微波
mid	中间 中央 中部
midday	正午 中午
midden	垃圾堆 堆肥
middle	中央 中间 腰部 中庸
midfie	中场
midge	侏儒
midget	侏儒 小型
midgle	人名
midlif	中年
midlin	中线
midnig	午夜 子夜 半夜
midpoi	中点 一半
midst	中间
midstr	中流
midsum	仲夏
midter	中期
midway	中途 中间 娱乐场
midwee	周中 星期三
midwes	中西部
midwif	助产士 接生婆
midwin	冬至
mien	风采 态度 样子 外表 面条
miff	愠怒 恼怒 恼羞成怒
mighti	强烈 非常
mighty	强大 有力
mignon	可爱
migran	候鸟
migrat	移民 移动
mike	偷懒 游手好闲 休息 扩音器 话筒
milady	夫人 太太
milan	米兰
milane	米兰
milbur	人名
mild	温和 温柔 适度 轻微 柔和 和善
mildew	发霉
mildne	温和 温暖
mile	英里
milepo	里程碑
milest	里程碑
miliba	人名 米利班德
milieu	周围 社会环境 环境
milita	军队 军事 军人 好战
militi	义勇军
milk	榨取
milksh	奶昔
milkwe	马利筋
milky	乳白色 柔和
mill	磨坊 制造厂 碾磨 搅拌
millan	人名 米兰
millar	人名
millba	人名
millen	千禧年
miller	厂主
millet	人名
millig	人名 毫克
millil	毫升
millim	毫米
millio	百万 无数 百万富翁
millip	千足虫
millis	毫秒
millst	磨石 磨难 重担
milord	老爷
milroy	人名
milton	米尔顿
milwau	密尔沃基
mime	哑剧 小丑
mimesi	模仿 拟态
mimeti	模仿 类似 拟态
mimic	模仿 小丑 仿制品
mimick	模仿
mimicr	模仿
mimosa	含羞草
min	部长
mince	切碎 装腔作势
mincem	肉馅
mind	思想 愿望 智力 记忆 心理 情绪
minded	心思 思想
minder	看守者
mindfu	留神 留心 警觉 谨慎 注意
mindle	愚蠢 愚笨 无知 不注意
miner	矿工
minera	矿物 无机物 苏打水
minesw	扫雷舰
minewo	矿工
ming	明朝
mingle	混合
minh	人名
mini	超短裙 微型
miniat	纤小
minima	最低限度
minimi	最小化
minimu	最低 最小值
minion	奴才 宠臣
minisk	超短裙
minist	部长 牧师 公使 服侍 救助 内阁
miniva	小型货车
minnes	明尼苏达州
minnie	迫击炮
minor	未成年人 二流 未成年
minori	少数 未成年 少数民族
minsk	明斯克
minste	大教堂
mint	薄荷 造币厂 巨额 铸造 铸币 制造
minuet	小步舞曲
minus	负号 不足 阴性
minute	分钟 片刻 备忘录 笔记 记录 摘录
minuti	细节 琐事
miocen	中新世
miracl	奇迹 奇事
miracu	奇迹 不可思议
mirage	海市蜃楼 幻景 妄想
mire	泥沼 泥泞
miro	人名 米罗
mirren	人名
mirror	镜子 写真 典范 反映
mirth	欢笑 欢乐 愉快
mirthf	愉快 高兴
mirthl	悲伤 阴郁
misapp	误会 误解 侵占 霸占 盗用 误用
miscal	失算
miscar	失败 流产
miscel	各种 多方面 杂集 杂录 混杂
mischi	损害 伤害 灾祸 恶作剧 淘气
miscon	渎职 通奸 误解
miscre	邪恶 异端 恶棍
miscue	失误
misde	罪行 犯罪
misdem	轻罪
misdir	误导
miser	守财奴 吝啬鬼 吝啬 贪婪
misera	悲惨 痛苦 卑鄙
misery	痛苦 悲惨 不幸 穷困
misfir	失败
misfor	不幸 灾祸
mishan	虐待
mishap	不幸之事 灾祸
mishma	混杂物
misint	曲解
mislay	遗忘 丢弃
mislea	误导
mismat	错配
miso	味噌
misper	误解 看错
misrem	记错
misrul	暴政
miss	失误 避免 失败 小姐 逃脱 遗漏
missha	丑恶 畸形
missil	导弹 飞弹 火箭
missio	任务 代表团 使命 传教团 派遣 传教士
missis	密西西比河 密西西比
missiv	公文 书信
missou	密苏里州
misste	错误 失策
missus	太太
missy	少女 姑娘 小姐
mist	迷蒙 模糊
mistak	错误 误会 犯错 误解 弄错
mister	先生
mistre	主妇 女主人 情妇
mistru	疑惑
misty	模糊
misund	误解 误会
misuse	误用 滥用 虐待
mit	连指手套 拳击手套 麻省理工学院 逮捕
mitch	逃学
mitchu	人名
mite	细微
mitiga	温和 缓和 减轻
mitoch	线粒体
mitosi	有丝分裂
mitoti	有丝分裂
mitral	二尖瓣
mitt	拳击手套 连指手套 握手
mitten	连指手套 拳击手套
mitzva	戒律 善行
mix	混合物 混乱 糊涂 混合 弄混 结合
mixer	搅拌机
mixtur	混合 混淆 混合物
miyaza	人名
mk	马可福音
ml	摩托艇 汽艇
mm	毫米
mnemon	记忆 助记符
mo	顷刻 瞬间 函购 邮购 军医 汇票
moa	恐鸟
moan	呻吟 悲叹 抱怨
moat	壕沟 护城河
mob	暴民 民众 暴徒 围攻
mobile	移动 易变 机动
mobili	流动性 机动性 动员 调动 流通
mobutu	人名
moby	巨大
mock	嘲笑 戏弄 模仿 伪造 模拟 虚伪
mocker	嘲弄 笑柄 歪曲
mockin	愚弄 取笑
mod	现代派 时髦
modal	形式 样式 模态
modali	样式 形式 形态
mode	模态 调式 样式 文体 状态 方式
model	模型 模范 模特儿 模仿 塑造
modell	分析员
modem	调制解调器
modera	适度 稳健 中等 节制 减轻 缓和
modern	现代人 现代 时髦 现代性 现代化
modest	谦逊 羞怯 端庄 适度
modicu	少量
modifi	修正 修饰 修改
modify	修正 变更 修饰 缓和 减轻
modigl	人名
modish	流行 时髦
modula	模数
module	组件 模数
modulu	标准 系数 模数
moffat	人名
mogadi	摩加迪沙
mohair	马海毛
moham	人名 穆罕默德
mohamm	穆罕默德
mohan	人名
moiety	一半 一部分
moire	波纹
moist	潮湿 感伤 含泪
moistu	湿气 水分 降雨
mojave	莫哈韦沙漠
mojo	巫术 符咒 运气
mol	懦夫
molar	磨碎 臼齿 摩尔 磨牙
molass	糖蜜
mold	模子 模型 形成 塑造 发霉
molder	腐朽 崩塌
moldov	摩尔多瓦
moldy	发霉 腐臭
mole	鼹鼠 防波堤 摩尔
molecu	分子 些微
molehi	琐事
molesk	鼹鼠皮
molest	妨碍 干扰 调戏
molesw	人名
moll	情妇 妓女
molla	人名
mollan	人名
mollif	平息 缓和 减轻 变软
molloy	人名
mollus	软体动物
mollyc	溺爱
molt	换毛 脱皮 脱毛
mom	妈妈
moment	片刻 瞬间 重要 阶段 力矩 动力
momma	妈咪
mommy	妈咪
mon	星期一
monaco	摩纳哥
monarc	帝王 统治者 元首 君主政体 君主国 君主政治
monast	修道院 僧侣
monday	星期一
monde	上流社会
monet	莫奈
moneta	货币 金钱
money	金钱 财富 货币 金额
monger	商人 贩卖 传播
mongol	蒙古 蒙古人 蒙古语 先天愚型
mongre	杂种 混血儿
monike	名字 绰号
monism	一元论
monito	级长 班长 监视器 监视 监听 监督
monk	修道士 僧侣 和尚
monkey	猴子 淘气 胡闹 嘲弄
monkho	人名
monkis	僧侣
monoch	单色画 单色 黑白
monocu	单眼
monogr	专著
monola	单层
monoli	整体 单语
monolo	独白
monoma	狂热 偏执狂
monome	单体
mononu	单核细胞
monopo	垄断
monosy	单音节
monoth	一神论 一神教
monoto	单调
monro	人名 门罗
monroe	门罗
monrov	蒙罗维亚
monsie	先生 绅士
monsig	大人 阁下
monsoo	季风 雨季
monste	怪物 恶人
monstr	巨大 畸形 怪异 奇怪 可怕 荒唐
montag	蒙太奇
monten	黑山
montev	人名 蒙得维的亚
montgo	蒙哥马利
month	月刊 每月
montpa	蒙帕纳斯
montpe	蒙彼利埃
montre	蒙特利尔
monume	纪念碑 石碑 不朽
mony	许多
monza	人名
mooch	彷徨 漫步 央求
mood	心情 气氛 生气 基调
moodi	喜怒无常
moodie	人名 穆迪
moodin	忧郁 喜怒无常 不快
moody	郁郁寡欢 喜怒无常
moon	月亮 月球 月光 虚度
moonbe	月光
moonli	月光 月夜
moonri	月光
moonsh	月光
moony	恍惚 发呆
moor	荒野 旷野 停泊
moore	摩尔
moorhe	黑水鸡
mooris	摩尔人
moose	驼鹿
moot	大会 讨论 争论
mop	拖把 鬼脸 做鬼脸
mope	忧郁
morain	冰碛
moral	道德 品行 寓意
morale	士气 道德
morali	道德 教训 品行
morass	沼泽 困境
morato	暂停
morbid	病态 发病 致病 疾病 可怕 生病
mordan	尖酸 辛辣 腐蚀剂
more	进一步
moreau	人名
moreca	人名
morel	龙葵
moreov	而且 此外
morey	人名
moribu	垂死
morlan	人名
morn	早晨 早上 初期
mornin	人名
morocc	摩洛哥
moron	笨人
moroni	低能 迟钝
morose	郁闷 孤僻 愁眉苦脸 忧郁
morpet	人名
morphe	语素 词素
morphi	吗啡
morpho	形态学 词法 形态
morpur	人名
morrow	次日
morse	摩尔斯电码
morsel	一口 少量
mortal	死亡率 生物 人类 不免一死 临终
mortar	研钵 灰泥
mortga	抵押
mortif	抑制 受辱 禁欲 坏疽
mortis	榫眼
mortua	停尸间 太平间 丧葬 悲哀 埋葬
mos	摩西 领导者
mosaic	马赛克
moscow	莫斯科
mosey	漫步 徘徊 离去
moshe	人名 摩西
moslem	穆斯林 伊斯兰教
mosque	清真寺
mosqui	蚊子
moss	苔藓 泥沼
mossad	摩萨德
mosse	人名
mossy	生苔 陈腐
most	最多 最大 大多数 极其 大概 大部分
mot	警句
mote	尘埃 微粒
motel	汽车旅馆
motet	圣歌
mothba	樟脑丸 保藏 封存
mother	母亲 产生 照看 收养 母性
motif	主题 基调 动机
motion	移动 手势 动作 意向 请求 提议
motiva	动机 刺激 推动 促动
motive	动机 主题 基调 运动
motley	杂色 杂乱 混杂 小丑
motor	马达 发动机 原动力 汽车 发动 推动
motorb	摩托车 汽船
motorc	摩托车
motoro	摩托罗拉
motorw	高速公路
motto	箴言 座右铭 警句
moue	撅嘴 怪相
mould	模子 形成 浇铸 发霉
moulde	腐朽 衰退
mouldy	发霉 陈腐 乏味
moult	换毛 脱毛
mount	爬上 增长 上马 安放 设置 上演
mounta	山脉
mountb	蒙巴顿
mountj	人名
mourn	哀悼 忧伤 服丧
mournf	悲恸 悲哀 凄惨
mouse	老鼠 鼠标 捕鼠 窥探
mouset	捕鼠器 诡计 诱捕
mousta	触须
mousy	胆小
mouth	口腔 做鬼脸 说出
mouthf	一口 满口
mouthp	代言人 口器
mouthy	多嘴
movabl	动产 可动 不定
move	移动 迁居 步骤 开动 感动 离开
moveab	动产 可动 不定
moveme	运动 动作 运转 移动 倾向 变化
mover	原动力
movie	电影
moving	感人 动人
mow	皱眉 割草
mowlam	人名
moxie	精力 活力 大胆
moy	人名
mozamb	莫桑比克
mozart	莫扎特
mp	国会议员
mr	先生
mrs	太太
mtv	音乐电视
mu	希腊字母
mubara	穆巴拉克
much	大量 许多 重要 几乎
muck	垃圾 肥料 施肥 弄脏 弄糟
mud	诽谤 弄脏
muddle	混合 困惑
muddy	泥泞 浑浊 模糊 污浊
mudhol	污水坑 小镇
muff	笨人 弄糟 错过
muffin	松饼
muffle	拳击手套 围巾 头巾 抑制 消声器
mufti	常服 便服 穆夫提
mug	攻击
muggy	闷热
muhamm	穆罕默德
muirhe	人名
mulatt	混血儿
mulber	桑树
mulch	覆盖物
muldoo	人名
mull	混乱 研磨 深思熟虑
mullah	毛拉
muller	粉碎机
mullet	胭脂鱼
mullin	人名
mulron	人名
multic	五彩缤纷 多细胞
multid	多维 多学科 多方面
multif	多种 各种各样 许多
multil	多边 多国
multim	多媒体
multin	多国 跨国公司
multip	倍数 并联 多样 许多 多功能 繁殖
multir	多民族
multit	多数 群众
multiv	多元宇宙
mum	菊花 沉默
mumble	咕哝
mumfor	人名
mummif	木乃伊化
mummy	木乃伊 妈咪
mundan	现世 世俗 宇宙
mundi	人名
munich	慕尼黑
munici	市政 自治区 内政 市民
munifi	丰厚 慷慨
munn	人名
muppet	提线木偶
mural	壁画
murder	谋杀 损毁 破坏 凶手
murdoc	默多克 人名
murk	阴沉 黝暗
murkin	黝暗 阴沉
murky	黝暗 阴沉 朦胧
murmur	低语
murphy	马铃薯
muscat	马斯喀特
muscle	肌肉 臂力
muscov	俄罗斯
muscul	强壮 肌肉发达 有力
muse	沉思 冥想
museum	博物馆
musgra	人名
mush	前进
mushro	蘑菇 暴发户
mushta	人名
mushy	含糊不清 感伤
music	音乐 乐曲
musica	音乐
musici	音乐家 乐师 作曲家
musico	音乐学
musk	麝香
musket	火枪 步兵
musky	麝香
muslim	伊斯兰教
muss	混乱
mussel	贻贝
mussol	墨索里尼
mustac	胡子
mustan	野马 军官
mustap	人名
mustar	芥末 芥菜
muster	召集 集合 检阅 清单 样品 应召
mustin	陈腐
musty	发霉 落伍
mutabl	易变
mutate	变化 变异
mutati	变化 突变
mute	哑子 无声 沉默 排泄 无言
mutene	无言
mutila	切断 毁损 残废
mutine	暴徒 反抗者 暴动 反抗
mutino	暴动 反抗
mutiny	叛变 兵变 反抗 暴动
mutt	傻子 笨蛋
mutter	喃喃自语
mutton	羊肉
mutual	相互 共有 互相 互助
muzzle	枪口 缄默
mv	商船
mx	麦克斯韦 中性
myocar	心肌
myopia	近视
myopic	近视 目光短浅
myra	米拉
myriad	无数 种种
myster	秘密 神秘 奥秘 难解 不可思议
mystic	神秘 奥秘
mystif	难解 迷惑 不可思议
mystiq	奥秘 秘诀
myth	神话
mythic	神话 虚构
mythol	神话
naan	奶奶
nab	捉住 逮捕 抢夺
nabob	富豪
nacell	吊篮
nacl	氯化钠
nadir	天底 最低点
nae	决不
naff	蹩脚
nag	驽马 唠叨 恼人
nagasa	长崎
nah	没有
nahum	那鸿书
nail	钉子 指甲 固定 揭露
naive	天真 纯真 幼稚
naivet	天真烂漫 无邪 纯真
nak	裸体 赤贫
naked	裸体 露出
nakedn	明显
name	名字 名称 姓名 名义 名誉 命名
namele	无名 匿名 不可名状
namepl	名牌
nameta	名牌
namibi	纳米比亚
nan	奶奶 印度
nancy	女性化 同性恋
nank	南京
nanny	保姆
nanote	纳米技术
nante	南特
nap	小睡 细毛 孤注一掷 疏忽
nape	颈背
naphth	石脑油
napier	纳皮尔 象草
napkin	餐巾 餐巾纸 尿布
naple	那不勒斯
napole	拿破仑
nappy	尿布 起毛
narcis	自我陶醉 自恋 水仙
narcot	麻醉药 镇静剂 麻醉 催眠
nark	密探 密告
narrat	叙述 故事 叙事
narrow	隘路 狭窄 仔细 有限 勉强 狭隘
narwha	独角鲸 一角鲸
nasal	尖锐 鼻音
nascen	初期
nash	纳什
nasoga	鼻饲
nasoph	鼻咽
nassau	拿索
nasti	污秽 讨厌
nastin	污秽 烦人
nasty	污秽 下流 险恶
nat	守护神 精灵
natal	出生 诞生
natato	游泳池
nation	国家 国立 全国性 民族 民族主义 国籍
native	本地人 土产 本国 与生俱来 自然
nativi	出生 诞生
nato	北大西洋公约组织
natti	整洁
natty	整洁 清楚 敏捷
natura	白痴 自然 自然界 本能 天然 物质
nature	自然 大自然 本性 性格 性质
naught	顽皮 不适当 下流
nauru	瑙鲁
nausea	反胃 晕船 恶心 厌恶
nauseo	厌恶
nautic	海上 航海 船员
nautil	鹦鹉螺
naval	海军 军舰
nave	轮毂
navel	肚脐 中央 中心
naviga	航行 驾驶 操纵 通过 航海 导航
navrat	人名
navvy	苦工 挖土机
navy	海军 烟蒂
naw	不是 没有
nawab	英国人
nawaz	人名
nay	拒绝 反对
naylor	人名
nazi	纳粹党
nazism	纳粹主义
nb	注意 留心
nc	北卡罗来纳
nco	军士
ne	需要 必须 缺乏 必需 贫困
neande	穴居人
neap	小潮 最低潮
neapol	那不勒斯
near	几乎 密切 近亲 近似 接近 亲近
nearby	附近
nearne	接近 密切 近似
nearsi	近视 浅见 左边 左侧
neat	整洁 巧妙 匀称 简洁 干净
neaten	整理 整顿
neatne	整洁 干净
nebula	星云
nebulo	星云 朦胧
necess	必要 必然 必需 必须 需要 必需品
neck	脖子 衣领 拥抱 拥吻 收缩
necker	围巾
neckla	项链
neckli	领口
neckti	领带
necrom	巫师
necrop	验尸
necros	坏死
necrot	坏死
nectar	蜜桃
nee	娘家姓
needfu	必要 需要
needie	贫困 贫穷
needin	穷困 贫穷
needle	缝纫 不必要
needy	贫穷 贫困
nefari	恶毒
negate	否定 否认 取消
negati	否定 负数 底片 消极 阴性 负值
neglec	疏忽 忽略 忽视 不顾
neglig	疏忽 粗心大意 忽视 无用
negoti	谈判 磋商 交涉 商议 谈妥 转让
negro	黑人
nehru	尼赫鲁
neighb	附近 邻近 邻居 邻接 友好 邻国
neill	人名
neilso	尼尔逊
nemato	线虫
nemesi	报应
neocla	新古典主义
neolit	新石器时代
neomyc	新霉素
neonat	婴儿
neopla	肿瘤 赘生
neopre	橡胶
nep	新政
nepal	尼泊尔
nepale	尼泊尔
nepali	尼泊尔
nephew	侄子 外甥
neptun	海王星
nerd	呆子
nerve	精神 勇气 叶脉 神经 鼓起勇气
nervel	无力 松懈
nervos	神经衰弱
nervou	不安 神经 焦急 神经质 提心吊胆
ness	海角
nessie	尼斯湖水怪
nest	筑巢 套叠
nestle	安置
net	罗网 净利 最终 撒网 得到
nether	荷兰
nettle	荨麻 激怒 烦人
networ	网络 广播网
neural	神经 神经系统 神经中枢
neurob	神经生物学
neuron	轴索 神经细胞
neurop	神经病
neuros	神经症 神经外科
neurot	神经质 神经症 神经递质
neuter	中性
neutra	中立国 空档 中立 中性 无色 不偏不倚
neutri	中微子
neutro	中子
nev	内华达
nevada	内华达
never	从不 决不 不曾
nevert	然而
nevill	人名
new	陌生 最近 新闻 消息 报导 重新
newall	人名
newbor	婴儿 新生
newbur	人名
newcas	纽卡斯尔
newcom	人名
newfou	纽芬兰
newlan	人名
newlyw	新婚夫妇
newnes	崭新 新奇 珍奇
newnha	人名
newsbo	报童
newsde	新闻组
newsma	报童 新闻记者
newsom	人名
newspa	报纸
newsst	报摊
newswe	新闻周刊
newton	牛顿
next	下一个 其次 贴近 然后 下次 次于
nexus	连结 关系
nez	人名
ngo	民间组织 非政府组织
nh	新罕布什尔
niacin	烟碱酸
niagar	急流
nib	笔尖 削尖
nibble	轻咬 吹毛求疵
nicara	尼加拉瓜
nice	美好 和蔼 正派 精密 细微 挑剔
nicety	美好 准确 精密 纤细
niche	壁龛 安顿
nichol	人名
nick	刻痕 缺口 划痕 擦伤 狙击
nickna	绰号 昵称
nicola	人名
nicoll	人名
nicolo	人名
nicosi	尼科西亚
nicoti	烟碱 尼古丁
niece	侄女 甥女
nietzs	尼采
nifty	俏皮 时髦 俏皮话 漂亮话
niger	尼日尔
nigeri	尼日利亚
niggar	小气 吝啬 有限
nigger	黑人 深棕色
niggle	闲混 吹毛求疵 玩忽
night	夜晚 晚上 黑暗 每夜 夜间
nightc	夜总会
nightf	傍晚 黄昏 日暮
nighth	夜鹰
nighti	夜莺
nightl	夜生活
nightm	梦魇 恶梦
nights	警棍 夜总会
nightt	夜间
nihili	虚无主义 无政府主义
nikola	人名
nil	全无
nile	尼罗河
nilsso	人名 尼尔森
nimb	敏捷 机敏
nimble	敏捷 伶俐 聪明
nimrod	猎人
nincom	笨人 傻子
ninete	十九
ninety	九十
ninny	笨人 傻子
ninten	任天堂
ninth	九分之一
nip	寒冷 剪断 损伤 冻伤 刺骨
nipper	镊子 手铐
nipple	乳头 奶头 奶嘴
nippon	日本
nippy	刺骨 凛冽 锐利
niro	人名
nirvan	天堂
nissan	尼桑
nit	幼虫
nite	夜间
nitpic	挑剔 吹毛求疵
nitrat	硝酸盐
nitric	硝石
nitrit	亚硝酸盐
nitrog	硝化甘油
nitrou	硝石
nitwit	笨人 傻子
niven	人名
nix	不要 不行 禁止 拒绝
nixon	尼克松
nj	新泽西
nn	神经网络
noah	诺亚
nob	华丽 高尚 豪爽
nobble	诈骗
nobel	诺贝尔
nobili	贵族 高尚
noble	贵族 高贵 高尚 辉煌
noblem	贵族
noblew	贵妇人
nobody	小人物 无名小卒 无人
noctur	夜曲
nod	点头 打盹 晃动
nodal	结节
noddy	笨人 傻瓜
node	结节
nodula	小节
nodule	小节
noel	圣诞节
noetic	智力
nog	木钉 支架 支撑
noise	噪音 杂音 响声 喧闹 谣传
noisel	无声 寂静
noisi	吵闹
noisom	有害 恶臭 有毒
noisy	嘈杂 喧闹
nomad	流浪者 游牧 流浪
nomadi	游牧 流浪
nomenc	命名法 术语
nomic	惯用 普通
nomina	提名 任命 命名 名义上 名字 有名无实
nomura	野村
noncha	漠不关心 无动于衷 冷淡
noncom	不明确 军士
noncon	不落俗套
nondes	莫可名状
none	毫不 没有
nonent	虚无
noneth	然而 尽管 不过 仍然
nongov	非政府 民间
nonjud	不偏不倚 客观
nonlin	非线性
nonmat	文化
nonmet	非金属
nonobj	非写实
nonpar	无比 无上
nonrep	非写实 抽象
nonsen	荒唐
nonsex	无性
nonsig	无足轻重 不足道
nonsto	直达 直达车
nontox	无毒
nonvio	非暴力
noodle	面条 笨蛋
nook	角落
noon	正午 中午
noonda	正午
noonti	中午
noose	套索 束缚 陷阱
nope	不是
nord	北方 北部
norepi	去甲肾上腺素
norieg	人名
norm	基准 模范 标准 准则 平均数
norma	矩尺
normal	常态 标准 正常 普通 正规 师范
norman	诺曼底
normat	标准 规范
norse	挪威
north	北方
northa	北安普敦
northe	北方 东北 东北方
northl	北国
northw	西北 西北方
norway	挪威
norweg	挪威
nose	鼻子 嗅觉 探听 告密
nosebl	鼻出血
nosedi	俯冲 猛跌
nosega	花束
nosh	小吃 点心
nostal	乡愁
nostri	鼻孔
nostru	成药
notab	显著 著名 尤其 特别
notabl	显著
notary	公证人
notati	记号 注释
notch	刻痕 等级 峡谷 赢得
note	笔记 记录 注解 票据 符号 显要
notebo	笔记本 手册
notepa	记事本 信纸 便条纸
notewo	显著
noth	毫不 决不
nothin	微不足道 虚无
notice	注意 布告 通知 预告 评论 提及
notifi	通知 通告 告示
notify	通知 通告 报告
notion	概念 观念 想法 打算
notori	声名狼藉 臭名昭著
notre	我们
nott	诺丁汉郡 人名 诺特
nottin	诺丁汉郡
notwit	尽管
nought	没有
noun	名词
nour	人名
nouris	滋养 健壮 怀有 养料 营养
nous	精神 常识
nov	十一月
nova	新星
novel	小说 新奇 异常
noveli	小说家
novell	中篇小说 人名
novelt	新奇 新鲜
novemb	十一月
novice	新手 初学者
now	现在 刚才 目前 由于
nowada	现在 现时 当今 时下 现今
nowak	人名
nowher	无处
nowt	邪恶 恶人
noxiou	有害 有毒 道德败坏
nozzle	喷嘴
npc	全国人民代表大会
npv	净现值
nr	天然橡胶
nsw	新南威尔士
nth	最近
nub	结节 要点
nubbin	小节
nubby	有节 块状
nubile	适婚
nuclea	核子 原子能 中心
nucleo	核苷酸 核子
nucleu	核心 核子 原子核 起点
nude	裸体
nudge	推动
nudist	裸体主义者
nudity	裸露
nuffie	人名
nugent	人名
nuisan	损害
nuke	核武器 核电厂 原子核
null	无效
nullif	无效 废弃 取消
nullit	无效
num	号码 数字
numb	麻木 昏迷
number	无数
numbne	麻木 麻痹
numera	数字 识数 分子 列举 读出
numeri	数字 数值
numero	多数
numino	超自然
numism	货币 奖章
nun	修女 尼姑
nunn	人名
nunner	女修道院
nuptia	婚礼 婚姻
nuremb	纽伦堡
nurse	护士 保姆 奶妈 看护 照顾 培养
nursem	保姆
nurser	托儿所 苗圃 温床
nurtur	养育 培育 教养
nut	坚果 核心 螺帽
nutcas	疯子
nutcra	星鸦
nuthou	精神病院
nutmeg	肉豆蔻
nutria	海狸鼠
nutrie	营养 滋养
nutrit	营养 营养学 滋养
nuttal	人名
nutter	疯子
nuttin	疯狂 潇洒
nuzzle	蜷卧
nvocc	无船承运人
ny	纽约
nylon	尼龙
oa	办公自动化
oaf	呆子 畸形儿
oak	橡树 橡木
oake	人名
oaklan	奥克兰
oap	养老金
oar	桨手 划桨
oas	美洲国家组织 现役
oasi	绿洲
oat	燕麦 燕麦粥
oath	誓约 誓言 咒骂
oatmea	燕麦片 燕麦粥
obdura	顽固 执拗 冷酷
obedie	服从 顺从 忠实
obeisa	敬礼 鞠躬 敬重
obese	肥胖
obesit	肥胖
obey	服从 遵从 顺从
obfusc	模糊 迷惑 困惑
obit	讣告 忌辰
obitua	讣告
object	物体 目标 对象 宾语 客体 反对
oblate	扁圆 椭圆
obliga	义务 责任 约束 契约 恩惠 债务
oblige	强制 感激 帮忙
obligi	亲切
obliqu	倾斜 间接 躲躲闪闪
oblite	冲刷 消灭 忘掉 抹消 忘却
oblivi	遗忘 健忘 不知不觉
oblong	长方形
obnoxi	可憎
oboe	双簧管
obscen	淫秽 猥亵 讨人厌 可憎
obscur	模糊 昏暗 难解 晦涩 偏僻 微贱
obsequ	谄媚 奉承 顺从
observ	遵守 庆祝 注意 评论 观察 观测
obsess	困扰
obsidi	黑曜石
obsole	荒废 陈旧 老式 废物
obstac	障碍 阻碍
obstet	产科 分娩 助产
obstin	倔强 顽固 固执
obstre	吵闹 喧嚣 骚乱
obstru	障碍 妨碍 阻隔 阻塞
obtain	获得 达到 流行
obtrud	强迫 伸出 打扰
obtrus	冒失 莽撞 伸出
obtuse	愚钝
obvers	正面 对立面 倒转
obviat	除去 排除 避免
obviou	显而易见 明显 明白 显然 平淡无奇
occasi	场合 时机 机会 诱因 理由 惹起
occide	西方人 欧美 西方
occipi	枕骨
occlud	闭塞 隔断 挡住 咬合
occlus	闭塞 咬合 包藏
occult	神秘 不可思议 超自然 掩蔽 隐藏 遮掩
occupa	职业 占有 占领 居住者
occupi	居住者
occupy	占领 担任 从事 全神贯注
occur	发生 存在
occurr	发生 事件 出现
ocean	海洋 广阔 许多
oceanf	海滨
oceani	海洋 广阔
oceano	海洋学
ocelot	豹猫
ocher	黄土
ochre	赭石
ocotil	马鞭
ocr	光学字符识别
oct	十月
octago	八边形 八角形
octane	辛烷
octobe	十月
octopu	章鱼
ocular	眼睛 目击 目镜
odd	奇数 古怪 剩余 零散 各种各样 少量
oddbal	古怪 奇怪
oddity	奇异 奇特 怪人 怪事 怪僻
oddmen	零头 碎屑
oddnes	奇怪 古怪
odeon	剧场 音乐厅
odessa	敖德萨
odious	可憎 丑恶
odium	憎恶 讨厌
odor	气味 香味 名声 意味
odorou	芬芳
odour	气味 臭气 香气 味道 迹象 名誉
odysse	奥德赛 奥德修斯
oedema	水肿 浮肿
oedipu	俄狄浦斯
oesoph	食道
oestro	雌激素
off	海面
offa	人名
offal	碎屑 残渣 下水 垃圾
offbea	不平常 离奇 不落俗套
offcut	边角料
offenc	犯罪 冒犯 违反 罪过 过错 攻击
offend	罪犯 犯罪 冒犯 违反 进攻
offens	犯罪 攻击 侮辱
offer	给予 出价 提议 意图 报价 提供
offhan	即时 即席 随便 简慢 立即 不客气
office	办公室 公职 职责 军官 主管 官员
offici	官员 公务员 职员 公务 官方 正式
offloa	卸下 卸货
offsea	淡季
offsho	海面 近海
offsid	外侧 越位
offspr	子孙 后代 产物
oft	常常
oftent	时常
og	奥运会
ogilvi	人名
ogle	眉目传情
ogre	怪物
ohio	俄亥俄
ohm	欧姆
oi	油滑 油嘴
oil	石油 涂油于 融化
oilclo	油布
oiler	加油工
oilfie	油田
oilski	油布
ointme	软膏 油膏
ok	不错 可以 批准 认可
okay	可以 同意 批准 认可
okinaw	冲绳岛
oklaho	俄克拉何马
okra	秋葵 秋葵荚 羊角豆
old	以前 往昔 古老 年长 老练
olden	古时 从前 衰老 变老
oldie	老人
oldste	老人
oldy	老人
olfact	嗅觉 味道
oligar	寡头政治
olive	橄榄 橄榄树 橄榄枝 黄绿色 黄褐色
olivia	奥利维亚
olson	人名
olympi	奥林匹亚 强有力 巨大
olympu	天堂
oman	阿曼
omani	阿曼
omar	奥马尔
omega	终了 最后
omelet	煎蛋卷 炒蛋
omen	预兆 前兆 征兆 预示
ominou	不吉利 预兆
omissi	省略 遗漏 疏忽
omit	省略 删除 疏忽 遗漏
omnibu	公共汽车 汇编 综合性 总括
omnipo	全能 无所不能 彻头彻尾 臭名昭著
omnipr	无所不在
omnisc	全知 无所不知 上帝
omnivo	杂食 杂食动物
once	一次 曾经 一旦 一经 从前
oncolo	肿瘤学
oncom	接近 新兴 来临
onenes	统一性
onerou	繁重
ongo	前进 进行 发展
onion	洋葱
onlook	旁观者
onrush	突击 袭击 洪流
onset	开始 攻击 进攻
onshor	陆上
onslau	突击 猛击 猛攻
onslow	人名
ontari	安大略湖
ontolo	本体论
onus	负担 责任 义务 过失 耻辱
onward	向前
onyx	缟玛瑙
oocyte	卵母细胞
oolong	乌龙茶
oomph	性感 热情 精力 吸引力
oop	哎哟
ooze	渗流 分泌物 渗出 泄漏
opacit	不透明
opal	蛋白石
opales	乳白色
opaque	不透明 阴暗
opec	欧佩克
open	公开 户外 空旷 开放 开阔 悬而未决
opener	开具
openne	公开 宽阔 率真
opera	歌剧
operan	动作
operat	操作 动作 手术 运算 作用 业务
ophtha	眼睛 眼科 眼科学
opiate	镇静剂 催眠 麻醉 缓和
opine	以为
opinio	意见 评价 主张
opium	鸦片
oppone	对手 敌手 敌对 反对 对面
opport	机会 时机
oppose	反对 抗争
opposi	反对 敌对 相反 在野党 相对 对面
oppres	压抑 沉闷 压迫 沉重
opprob	污名 耻辱 咒骂
opt	选择
optic	光学
optica	眼睛 视觉 光学
optima	最佳
optimi	乐观 乐观主义 乐天
optimu	最优
option	挑选 选项 随意
optome	验光师 配镜师
opulen	富裕 豪华 奢侈 丰富 大量
opus	作品
oracle	神谕 预言
oracul	神谕
oral	口试 口头 口述
orang	猩猩
orange	柑橘 橘色
orangu	猩猩
oratio	演说 致辞 引语
orator	演说者 雄辩家 原告 演讲 雄辩 演说
orb	天体 球状物
orbit	轨道 常轨 眼眶 盘旋
orbita	轨道 眼眶
orbite	人造卫星
orc	虎鲸 乐队 妖魔
orca	逆戟鲸 魔鬼
orchar	果园
orches	管弦乐队
orchid	兰花
ordain	注定 规定 任命
ordeal	煎熬
order	次序 规则 命令 整理 定购 顺序
orderl	秩序井然
ordina	平常 普通 平凡 法令 条例 通常
ordnan	大炮 武器
ordovi	奥陶纪 奥陶系
ore	矿石
oregan	牛至
oregon	俄勒冈
orford	人名
organ	风琴 器官 元件 机构 机关
organe	细胞器
organi	组织 结构 团体 体制 编制 器官
organz	透明硬纱
orgasm	爆发 性高潮
orgias	狂欢
orgy	狂欢 放荡
orient	适应 方向 东方 亚洲
origin	最初 原始 原作 起源 起因 出身
oriole	金黄鹂
orland	奥兰多
orlean	奥尔良
orme	人名
ormero	人名
ormond	人名
orname	装饰 修饰 装饰物
ornate	装饰 华丽
ornery	低劣
ornith	鸟类学
orogen	造山运动 造山作用 造山带
orphan	孤儿 孤儿院
orthod	正统 传统 惯常
orthog	直角 正交 正字法
orwell	奥威尔
oscar	奥斯卡金像奖 现金
oscill	振动 动摇 变动 彷徨 电波 犹豫
oslo	奥斯陆
osman	奥斯曼
osmosi	潜移默化 耳濡目染
osmoti	渗透
osseti	奥塞梯
ossicl	听小骨
ossifi	成骨 骨化 僵化
ossify	骨化 硬化 僵化
ostens	显然 表面 外表 假装
ostent	铺张 华美 显眼 招摇 炫耀 虚有其表
osteoa	骨关节炎
osteop	骨质疏松症
ostler	马夫
ostrac	流放 放逐 排斥 隔离 孤立
ostric	鸵鸟
oth	其他
othell	奥赛罗
othern	相异 不同 差异性
otherw	否则 不同
otiose	不必要 怠惰 多余
ottawa	渥太华
otter	水獭
ottoma	土耳其人
ou	牛津大学
ouch	哎唷 扣环 胸针
ought	应该 大概 责任
ould	人名
ounce	盎司 少量 雪豹
our	我们
oursel	自己 我们
oust	逐出 罢黜 剥夺 驱逐
ouster	驱逐 撵走 剥夺
outage	断供
outbac	内地 在内
outboa	外侧
outbre	爆发 暴动
outbur	爆发 突发 破裂 暴乱
outcas	无家可归 流浪者
outcom	结果 出口
outcro	露出 露头 爆发 出现
outcry	尖叫 倒彩 喊叫
outdat	过时
outdo	超越 胜过 战胜
outdoo	户外 屋外 露天 在户外
outer	外部 外面 在外
outerw	外衣 外套
outfac	蔑视
outfal	河口 排水口 袭击
outfie	外野手 外场 边境
outfit	用具 配备 机构 供应
outfla	包抄 迂回
outflo	流出
outgro	结果 副产物 分枝
outlan	偏僻 古怪 怪异 外国人 外地人
outlaw	罪犯 取缔
outlay	费用 经费 支出 花费
outlet	出口 市场
outlin	大纲 轮廓 概要 分级
outliv	度过
outloo	观点 景色 前途
outly	在外 边远 偏僻
outmat	胜过 击败
outmod	过时 废弃
outper	胜过
outpla	胜过 打败
outpos	前哨
outrag	暴行 侮辱 愤怒 凌辱 虐待 触犯
outre	过度 荒诞
outrea	胜过 伸出 展开
outrid	先驱者
outrig	率直 完全 总共 直率 立刻
outset	着手 开头 最初
outshi	相形见绌 失色 发光
outsid	外面 外表 外界 外人 外行 门外汉
outsiz	特大 特大号
outsma	打败
outspo	坦率
outspr	扩张 展开 伸展 延伸
outsta	杰出 突出
outstr	伸开 扩张 延伸 胜过 凌驾
outtak	气孔
outtur	产量
outwar	向外 表面 在外
outwit	瞒骗
oval	椭圆形 卵形
ovalti	阿华田
ovaria	子房 卵巢 果核
ovary	卵巢 子房 果核
oven	烤箱 子宫
ovenpr	耐热
over	过度 极度
overab	过多
overag	老朽 超额
overal	全部 全体 从头到尾 罩衫 工作服
overaw	威慑
overba	倾覆 超过 跌倒 超重
overbl	停息 浮夸
overbu	过劳
overca	阴天 阴暗 愁闷
overch	渲染 超载
overco	自负
overdo	过度 夸张 过火
overdr	透支 气流
overdu	过期 迟到
overfl	超值 泛滥 溢出 充溢
overgr	长满 繁茂 蔓延 增生
overha	翻修 逼近 悬垂
overhe	天花板 高架 偷听
overin	溺爱 放纵 任性 沉溺
overla	重叠 重复
overlo	俯瞰 远眺 眺望
overmu	过多 过度 过量 超额
overni	通宵 晚上 前夜 整夜
overpa	天桥 立交桥 超越 胜过 通过 忽略
overpl	夸张
overpo	击败 克服
overpr	袒护
overra	高估
overre	过分 过火
overri	推翻 无视 制服 践踏
overru	统治 打败 驳回
overse	海外 国外 监督
oversh	遮阴 阴暗 失色 相形见绌
oversi	失察 失败 照料
oversl	睡过头
oversp	筋疲力尽 超支
overst	夸张 逾越 人浮于事 过剩
oversu	超额认购
overt	明显 公然 蓄意
overta	赶上 压倒 代替
overth	推翻 瓦解 倾覆 打倒
overti	超时 加班
overto	泛音 暗示 弦外之音 凌驾 超出
overtu	倾覆 破灭 革命 推翻 颠倒 翻倒
overvi	概述 概观
overwe	过重 优势 超重
overwh	淹没 制服 压倒 不知所措 压倒性
overwi	过冬
overwo	工作过度
ovoid	卵形
ovulat	排卵 产卵
ovum	卵子
owe	亏欠 怀有 感恩
owen	欧文
owl	猫头鹰
own	自己 嫡亲 同胞 拥有 支配 自认
owner	物主 所有人
owners	所有权
oxford	牛津 牛津大学 牛津郡
oxidan	氧化剂
oxidat	氧化
oxide	氧化物
oxidis	氧化 生锈
oxidiz	氧化 生锈
oxon	牛津郡
oxygen	氧化 充氧
oxymor	逆喻
oxytoc	催产素
oy	橙黄色
oyster	牡蛎
oz	盎司
ozone	臭氧
pace	速度 步调 步法 踱步
pacema	标兵 起搏器
pacese	榜样 标兵 模范
pachin	弹球盘
pacifi	太平洋 安静 平息
pacify	平静 安慰 绥靖 服从
pacino	人名
pack	包裹 背包 包装 捆扎 塞满 压紧
packag	包裹 包装 打包 一揽子
packer	批发商
packet	小包 大量 打包
packho	驮马
pact	契约 协定 条约
pad	填补 衬垫 夸大 步行
paddle	划桨
paddoc	围场
paddy	爱尔兰人 警察
padloc	挂锁 关闭
padre	神父
paean	凯歌
paedia	儿科
pagan	异教徒 异教
pagani	异教徒
page	记录 事件 专栏 呼叫 侍候
pagean	盛会 游行
pagoda	宝塔
pahl	人名
paige	佩奇
pain	痛苦 疼痛 辛苦 作痛
painfu	痛苦 困难 苦恼 费力
painki	止痛片 止痛药
painle	无痛
painst	辛苦 苦心 工夫 勤勉 小心 煞费苦心
paint	油漆 颜料 描绘 装饰 点缀 绘画
paintb	画笔
painte	画家
pair	一对 成对
pakist	巴基斯坦
pal	朋友 伙伴 同志 同谋 交友 结伴
palace	宫殿
paladi	骑士 武士
palaeo	古生代 旧石器时代 古生物学家 古生物学
palai	舞厅
palata	美味 好吃 可口
palate	味觉 趣味 爱好
palati	宏伟 壮丽 堂皇 庄严
palave	谈判 交涉 洽商 废话 奉承 唠叨
pale	栅栏 界线 范围 苍白 暗淡 无力
palene	苍白 淡薄
paleol	旧石器时代
paleon	古生物学
paleoz	古生代
palerm	巴勒莫
palest	巴勒斯坦
palett	调色板 颜料
palisa	木栅
pall	乏味 覆盖
pallad	智慧 学问
pallet	调色板
pallia	缓和 减轻 掩饰 辩解
pallid	苍白 暗淡
pallor	苍白 青白
palm	手掌 棕榈 胜利
palmer	朝圣者 毛虫
palo	人名
palpab	明显
palpat	触诊
palpit	悸动 跳动 心跳 发抖
palsy	中风 麻痹 颤动 瘫痪
paltry	琐碎 可鄙
pampa	大草原
pamper	放纵 吃饱 过量
pamphl	小册子
pan	平锅 淘洗 淘金
panace	灵丹妙药
panach	炫耀
panama	巴拿马 巴拿马城
pancak	薄烤饼 烙饼
pancre	胰腺
panda	大熊猫 小熊猫
pandem	大流行 普遍 全世界 魔窟 地狱 阎王殿
pander	勾引 怂恿
pandor	潘朵拉
pane	窗玻璃 方格
panegy	赞颂 颂词
pang	剧痛 悲痛 苦闷 折磨
panic	恐慌 惊慌 狂热
panick	恐慌 惊慌失措
panora	全景 全貌 概论 范围
pant	喘息 悸动 渴望
panthe	美洲豹 泛神论 多神教
panto	哑剧 舞剧 手势
pantom	手势 哑剧 舞剧
pantyh	连裤袜
panzer	装甲 装甲车 坦克
paolo	保罗
pap	奶头
papa	爸爸
paper	文件 文章 报纸 证券 证件
paperb	平装本
paperc	曲别针
paperw	镇纸
papill	乳头 丘疹 乳突
papist	天主教徒
papoos	幼儿 婴儿
papyru	纸草
par	标准 平常 平价
parabl	寓言
parabo	寓言 比喻 抛物线
parach	降落伞 跳伞
parade	游行 炫耀 阅兵
paradi	范例 式样 天堂 乐园 伊甸园
parado	悖论 荒谬 自相矛盾
paraff	石蜡
parago	完人
paragr	段落
paragu	巴拉圭
parake	鹦鹉
parall	平行 对比 相似 相比
paraly	瘫痪 麻痹 无力 气馁 终止 停顿
parame	参数 参量
paramo	首长 最高 至上
parano	偏执狂
parape	栏杆 扶手 女儿墙 胸墙
paraph	释义 改写 意译
parapl	截瘫
parasi	寄生虫 食客
paraso	阳伞
parath	副甲状腺
paratr	伞兵
parcel	包裹 部分 分配 打包 局部
parch	干透
parchm	羊皮纸 学位证书
pardne	朋友
pardon	原谅 赦免 宽恕
parent	父母 父母亲 根源
parget	粉饰 涂饰 石膏
pari	巴黎
pariah	贱民
pariet	体壁 顶骨
parish	教区 堂区
parisi	巴黎
parity	同等 同位 平价 奇偶性
park	公园 停车 置于
parka	派克大衣
parke	人名
parkin	帕金森
parlan	说法 用语
parlay	增值
parley	会谈 谈判
parlia	国会 议会
parlor	客厅 会客室 小店
parlou	客厅 会客室 雅座
parnel	帕内尔
paroch	教区 地方性
parole	假释 誓言
paroti	腮腺
paroxy	发作 突发
parri	人名
parrot	鹦鹉 应声虫
parry	回避
parsec	秒差距
parsim	吝啬
parsle	皱叶欧芹 荷兰芹
part	部分 局部 零件 要素 等分 职责
partak	参与 分担 分享 带有
parter	花坛 花圃
partia	部分 偏袒 偏爱 一部分
partic	特别 独有 挑剔 详尽 格外 尤其
partid	人名
partis	党羽 同党 党派 偏袒 效忠 献身
partit	分割 区分 瓜分 隔开
partne	合伙人 股东 伙伴 伴侣 合伙 合股
partri	鹧鸪
party	宴会 政党 团体 当事人 聚会
parven	暴发户 新贵
parvi	前院 天井
pas	舞步
pasa	人名
pascha	逾越节 复活节
pascoe	人名
pasha	帕夏
pashmi	山羊绒
pass	经过 要隘 途径 通行 护照 及格
passab	尚可 还好
passag	通道 通过 移居 航行 走廊 经过
passe	过时 老式 陈旧 落伍
passen	乘客 旅客
passer	过路人 旅客
passim	到处 处处
passio	激情 酷爱 热爱 热情 热烈 热恋
passiv	消极 被动 冷漠 顺从
passov	逾越节
passpo	护照 手段 通行证
passwo	密码 口令
past	过去 往事 过去时 结束 卸任 越过
paste	面团 面食 浆糊 粘贴 张贴
pasteb	纸板 纸牌
pastel	随笔 柔和 纤弱
pasteu	巴斯德
pastim	消遣 娱乐 游戏
pastor	牧师 牧歌 牧人
pastur	牧场 牧草 放牧 吃草
pasty	苍白 软弱
pat	适时 正好 恰好 毫不迟疑 熟记 合适
patch	补缀 碎片 傻瓜 掩饰 拼凑 平息
patchy	补缀 凑合 不调和 散落 斑驳
pate	脑袋 头脑
patell	膝盖骨 髌骨
patenc	明显
patent	专利权 许可证 执照 素质 专利 特许
pater	父亲
paterf	家长 户主
patern	父亲 父系 创始人 来源 出处
path	路径 小路 道路 途径 路线 轨道
pathet	悲哀 可怜 感伤 差劲
pathfi	探路者 开拓者
patho	感伤 同情
pathog	病原体
pathol	病理学 病理 病状 病变 病理学家 不合理
pathwa	路径 途径
patien	病人 忍耐 容忍 坚忍 耐性 耐心
patina	光泽 神态
patoi	方言 行话
patria	家长 族长 创办人 元老 教长 教皇
patric	帕特里克 帕特丽夏
patril	父系
patrim	祖传
patrio	爱国 爱国主义
patris	教父
patrol	巡逻 巡视
patron	顾客 保护人 赞助 光顾
patsy	懦夫 替罪羊
patter	模范 典型 式样 样品 图案 格调
paucit	少数 少量 缺乏
paul	保罗
paulin	保罗
paulo	保罗
paunch	腹部 大肚子 剖腹 大腹便便
pauper	贫民 穷人 乞丐
pause	暂停 中止 停顿 间歇 踌躇 休止符
pavaro	帕瓦罗蒂
pave	铺设 安排
paveme	路面 人行道
pavili	楼阁 亭子 观众席 笼罩
pavlov	巴甫洛夫
pawn	典当 抵押物 人质 马前卒 工具 当掉
pawnsh	当铺
pay	薪资 付款 补偿 支付 付清 偿还
payabl	到期 应付
payche	薪水
payday	发薪日 发工资日
payloa	弹头
paymas	出纳员 军需官
paymen	付款 偿还 报应 惩罚
payoff	分赃 贿赂 盈利 报酬 报应 结果
payola	贿赂
payout	支出
paypho	公用电话
pea	豌豆
peace	和平 和约 治安 和睦 安宁 静寂
peacea	和平 太平 温顺 温和 平静 息事宁人
peacef	平静 和平
peacem	和事佬
peacet	和平
peach	桃子 桃树 桃色 告发 告密 检举
peachy	桃色 出色 绝妙
peacoc	孔雀 炫耀
peak	山峰 山顶 顶点 尖峰 最高 消瘦
peake	人名
peaky	消瘦
peal	钟声 震响
peanut	花生 小人物 渺小 微不足道
pear	梨子 梨树
pearl	珍珠
pearse	人名
pearso	皮尔森
peasan	农夫 乡下人 农民
pease	豌豆
peat	泥煤
peccad	轻罪 小过
peck	啄食 许多 吹毛求疵
pecker	啄木鸟 鹤嘴锄 勇气
peckha	人名
peckis	急躁
pectin	果胶
pector	祛痰药
peculi	奇特 罕见 特殊 特别 特权
pecuni	金钱
pedago	教师 教学法 教育学 教员 学究
pedal	踏板 脚踏 骑车
pedant	书呆子 迂腐
peddle	游荡 闲混 叫卖 兜售 散播 小贩
pedest	行人 步行者 人行 徒步 呆板 通俗
pediat	小儿科
pedicu	修脚
pedigr	血统 家谱
pedoph	恋童癖
pee	便士 小便
peek	偷看 窥视
peel	外壳 蜕皮 剥落 脱皮
peeler	警察 巡警
peep	一瞥 偷看 吱吱声 窥视 出现
peeper	眼睛
peer	匹敌 贵族 凝视 窥视 隐现
peerag	贵族
peerle	无比 无双
peeve	气恼 焦躁 怨恨 生气 触怒
peevis	暴躁 撒娇 急躁
peg	藉口 销子 借口 固定 限制 受约束
pegg	人名
pejora	贬损 轻蔑
pelagi	远洋 浮游
pele	剥落
pelluc	透明 澄清 明了
pelt	投掷 打击 快速 毛皮 攻击 抨击
pelvi	骨盆
pelvic	骨盆
pember	人名
pen	钢笔 笔调 笔杆子 作家 围栏 栅栏
penal	刑罚 繁重
penali	处刑 不利 惩罚 处罚
penalt	处罚 刑罚 罚款 罚球 报应 妨碍
penanc	忏悔 悔过 赎罪 悔罪
penang	槟榔屿
pencha	爱好 嗜好
pencil	铅笔 眉笔 画笔 草拟
penda	人名
pendul	钟摆 下垂 摇摆 摇摆不定 动荡
penetr	穿透 刺穿 渗透 洞察 了解 充溢
pengui	企鹅
penh	人名
peni	阳物 阴茎
penici	盘尼西林 青霉素
penins	半岛 伊比利亚半岛
penite	监狱 收容所 忏悔 悔悟 赎罪 后悔
penman	书法 笔法 笔迹 文体
penn	宾夕法尼亚大学
pennan	三角旗
penne	通心粉
pennil	赤贫 贫穷
pennsy	宾夕法尼亚
penny	便士 小钱 点滴
pensio	养老金 退休金 津贴 年金 抚恤金 帮佣
pensiv	沉思 哀思 忧郁 焦虑
pentag	五角形 五边形
pentec	五旬节 灵恩派
penury	贫困 贫穷 拮据
peon	劳工 短工 马夫 警察
peony	牡丹 芍药
pep	活力 气力 劲头 锐气 激励
pepper	胡椒粉 胡椒 辣椒
peppy	活泼
pepsi	百事可乐
pepsin	胃蛋白酶
peptic	胃蛋白酶
peptid	缩氨酸
per	通过 按照
peramb	徘徊 巡回
percei	感觉 认知 理解 意识到
percen	百分比 比率 部分 可能性 百分数
percep	知觉 感觉 领悟力 获取
perch	栖木 高位 栖息 位于
percha	偶然 恐怕 间或
percol	滤过 渗透 渗滤 过滤 浸透
percus	敲打 碰撞 打击 敲击
perdit	恶报 浩劫 破灭
peregr	流浪 移居 漫游 外国 异样 外来
peremp	断然 俨然 强制 不容置疑 急迫 紧急
perenn	常年 长期 反复
perest	改革 调整
perfec	完成时 完美 完好 理想 熟练 精确
perfid	背信弃义 背信
perfor	施行 成绩 行为 表现 演出 进行
perfum	香水 香气 气氛 美名
perfun	敷衍 得过且过 马虎 潦草 表面
perfus	灌注 充满 散布
pergol	凉亭
perhap	也许 大概
perige	近地点
perihe	近日点 顶点
peril	危险 险境 冒险 危及
perilo	危险 危机四伏
perime	周长 边缘
perine	会阴
period	时期 句点 学时 周期 定期 循环
peripa	徒步 漫游 游历
periph	周边 周围 圆周 无关紧要 肤浅
perisc	潜望镜
perish	毁灭 丧生 凋谢 颓丧 死亡 腐烂
perist	蠕动
perjur	伪证 背信弃义
perk	昂首 振作 神气活现 竖起 打扮 小费
perky	得意洋洋 快活 敏捷 美观 傲慢 神气
perlit	珍珠岩
perm	卷发
perman	永久 不变 固定 持久 烫发
permea	弥漫 渗透 充满 影响 感染 散布
permia	二叠纪
permis	许可 允许
permit	许可证 许可 执照 通行证 允许 容许
permut	交换 更动 排列
pernic	有害 致命 恶劣 险恶
perora	结束语 演讲 夸夸其谈
peroxi	过氧化物
perp	罪犯
perpen	垂直线 直立 刚正 垂直 陡峭
perpet	永存 不朽 保持 犯罪者 行凶者 永久
perple	困惑 复杂化 为难
perqui	额外补贴 外快
perrin	佩兰
persec	虐待 迫害 烦扰
persev	毅力 忍耐 锲而不舍 不屈不挠 坚持 孜孜不倦
persia	波斯语
persil	人名
persim	柿子
persis	坚持 固执 持续 坚称 坚持不懈 存留
persni	吹毛求疵 精细
person	人民 民族 平民 居住于 人身 人称
perspe	远景 视角 透视法 看法 透视图 透视
perspi	流汗 努力 出汗 分泌 渗出 聪颖
persua	相信 恳求 敦促 说服 劝服 信念
pert	直言 唐突 活跃 辛辣 时髦
pertai	关于 涉及 附属 适合 相称
perth	珀斯
pertin	相关 中肯 切题
pertur	扰乱 混乱 心绪不宁 不安 紊乱 烦扰
pertus	百日咳
peru	秘鲁
perugi	佩鲁贾
perusa	熟读 精读
peruse	熟读 精读 阅读
peruvi	秘鲁
pervad	蔓延 充满
pervas	普遍 流行
perver	乖张 执迷不悟 歪曲 错误 不正当
peshaw	白沙瓦
pesky	麻烦 恼人 棘手 讨厌
peso	比索
pessim	悲观 厌世
pest	害虫 瘟疫
pester	纠缠
pestic	杀虫剂
pestil	瘟疫 罪恶
pesto	香蒜酱
pet	宠物 不悦 生气 宠爱 格外 溺爱
petal	花瓣
petard	爆竹
peters	彼得堡
petiol	叶柄
petite	次要 娇小
petiti	请愿 诉状 申请 祈求 祷文 恳求
petr	岩石学 人名 彼得
petre	人名 彼得
petrif	惊呆 发呆 石化 僵化
petroc	石化
petrog	岩画 彼得格勒
petrol	汽油 石油
pettic	衬裙 裙子
pettin	琐碎 微小 小气 偏狭 卑鄙
petty	琐碎 小气
petula	任性 暴躁 坏脾气 性子
pevens	人名
pew	会众 座位
pewter	白蜡
pfenni	芬尼
phage	噬菌体
phalan	方阵
phalli	阴茎 生殖器
phallu	阴茎 阴蒂
phanta	幻影 梦境 幽灵
phanto	幻影 幽灵 化身 幻觉 捉摸不定 有名无实
pharao	法老 暴君
pharis	伪君子 伪善者
pharma	药学 制药 药用 药物 药剂师 药师
phase	时期 局面 方面 阶段 一致 实行
pheasa	雉鸡 野鸡
phenol	苯酚 石炭酸
phenom	现象 迹象 表现 奇迹 奇才 异常
phenot	表现型
phil	哲学
philad	费城
philan	慈善 仁慈 博爱 慈善机构 慈善家 乐善好施
philha	交响乐团 音乐会
philip	菲利普 菲律宾 飞利浦
philis	庸人 门外汉 仇敌 俗气
philli	飞利浦
philol	文献学
philos	哲学 哲理 基本原理 见解 达观 沉着
phlegm	平静 冷漠 冷淡 迟钝 沉着 镇定
phobia	恐惧症 惧怕 憎恶
phobic	憎恶
phoebe	月亮
phoeni	凤凰 完人
phone	电话 耳机 打电话
phoneb	电话簿
phonem	音素 音位
phonet	语音 语音学
phoney	假冒 伪造 骗子 假货
phonin	虚假 伪造
phonog	留声机 电唱机
phonol	音韵学 音系学
phony	假货 赝品 伪造 华而不实
phosph	磷酸盐
photo	相片 照片 照相 逼真 酷似
photoc	影印 复印件 影印机 光化学 光化作用
photoe	光电
photog	相片 照片 照相 摄影 摄影师 摄影术
photon	光子 光度
photos	光合作用 光合 光球
phrase	惯用语 词组 成语 措词 乐句
phylum	语系
physic	身体 物质 自然 物理学 好色 体格检查
physio	生理学
physiq	体格 体形
pi	圆周率
piaget	伯爵
pianis	钢琴家
piano	钢琴
piazza	广场 阳台 走廊
pic	照片 图片 影片
pica	异食癖
picass	毕加索
picayu	微不足道 不值钱 琐细 小气 可鄙
piccol	短笛 小型
pick	精选 选择 精华 牙签 鹤嘴锄 挑选
pickax	鹤嘴锄
picket	巡逻艇 围住 警戒
pickfo	人名
pickle	盐卤 腌汁 泡菜 困境 讨厌鬼 腌制
pickpo	扒手
pickup	加速 刺激 好转 兴奋剂
picky	吹毛求疵 挑剔 找麻烦
pictog	象形文字
pictor	绘画 插图 画报
pictur	图画 照片 景色 化身 想像 拍摄
piddle	鬼混 浪费 挑食 撒尿
pidgin	事务
pie	馅饼 财富 总额 杂乱 喜鹊
piebal	花斑 杂色 杂种
piece	碎片 部分 部件 修补 修理 拼合
piecem	逐个 零碎 逐渐 断片
piedmo	山麓
pier	码头 桥墩 防波堤
pierce	刺穿 穿透 洞悉 响彻 进入
pierci	感动
pierre	皮埃尔
pietis	虔诚 虔信派 虔信主义
pietro	人名
piety	虔诚 孝敬
pig	猪肉
pigeon	鸽子
piggot	人名
piggy	贪心 邋遢
piggyb	背着
piglet	猪仔
pigmen	色素 颜料
pigpen	猪舍
pigski	马鞍
pigsty	猪舍
pigtai	发辫
pike	长矛 尖头 屈体 流浪者 离开
piker	胆小鬼 小气鬼
pilate	彼拉多
pilcha	沙丁鱼
pile	建筑群 电池 大量 软毛 痔疮 堆积
pileup	堆积
pilfer	盗取 小偷小摸 剽窃
pilgri	朝圣 漫游 朝拜 旅行者 朝圣者 香客
pill	药丸 弹丸 屈辱 胡说 挫败 抢劫
pillag	掠夺 抢劫 战利品
pillar	柱子 栋梁 台柱
pillbo	碉堡 掩体
pillor	笑柄 示众
pillow	枕头 靠垫
pilot	飞行员 领航员 向导 领导人 领航 驾驶
piloth	驾驶室
pilotl	无人驾驶
pimp	皮条客 男妓 恶棍 告密者 拉皮条 告密
pimple	丘疹
pin	别针 销子 图钉 插头 压住 牵制
pinafo	围巾 围裙
pincer	钳子
pinch	少量 收缩 挤压 苦恼 逮捕 指控
pinder	花生 花生米
pine	松树 松木 消瘦 憔悴 痛苦 怀念
pineal	松果体
pineap	凤梨 菠萝
pineco	松球 松果
pinewo	松木
pinhea	针头
pinhol	针孔
pinion	翅膀 羽毛
pink	粉红色 化身 典范 头面人物 极度 粉红
pinnac	尖峰 高峰 极点
pinoch	人名 皮诺切特
pinpoi	刺穿 突出 强调 精确 详尽
pinpri	针扎
pint	品脱
pintai	针尾鸭
pinto	杂色 菜豆
pionee	先锋 拓荒者 创始人 提倡 开辟 开创
pious	虔诚 敬神 尽责 可嘉
pip	沮丧 果仁 忧郁 击败 烦恼
pipe	导管 声带 烟斗 管乐器 吹奏 尖叫
pipeli	管道
pippin	美人
pipsqu	小人物
piquan	辛辣 开胃 刺激 活泼 调皮 淘气
pique	赌气 愤怒 不快 激怒 刺激 兴奋
piracy	海盗行为 剽窃
piranh	水虎鱼
pirate	海盗 掠夺 翻印
pirati	海盗
pirogu	独木舟
piss	小便 抱怨
pistac	阿月浑子树
pistil	雌蕊
pistol	手枪
piston	活塞
pit	矿井 果核 地窖 深渊 绝境 陷阱
pita	皮塔饼
pitch	程度 坡度 顶点 前倾 倾斜 投掷
pitche	投手 摊贩
pitchf	音叉
pitchm	摊贩
piteou	哀怨 可怜 慈悲 凄惨
pitfal	陷阱 诱惑 阴谋
pith	骨髓 要旨 重要性 力量 核心 意义
pitiab	可怜
pitifu	慈悲 可怜 可鄙 可恨
pitile	无情 冷酷
pitman	矿工
pitta	皮塔饼
pittan	少量
pittsb	匹兹堡
pituit	脑垂体
pity	遗憾 同情 怜悯 憾事 可惜
pius	庇护 孝顺
pivot	枢轴 支点 旋转运动 中枢
pivota	枢轴 关键
pixel	像素
pixie	妖精 小鬼 淘气 调皮捣蛋 恶作剧
pixy	小精灵 小鬼 小淘气 淘气 恶作剧
pizazz	精力 魅力 华丽
pizza	比萨饼
pizzaz	精力 精神 漂亮
pkk	库尔德工人党
pla	中国人民解放军
placar	公告 布告 海报 公布
placat	抚慰 平息 和解 怀柔 调解 融洽
place	地方 地点 位置 住所 座位 地位
placeb	安慰剂
placeh	占位符
placem	放置 布置 编班 定位球
placen	胎盘 胎座
placid	平静 温和 沉着 平稳
plagia	剽窃 抄袭
plague	瘟疫 麻烦 灾祸 折磨 苦恼
plaid	格子花呢
plain	平原 草原 简单 明白 平常 朴素
plainc	密探
plainn	平坦 明白 正直
plaint	原告
plait	辫子 编织
plan	计划 方案 策略 方法 进度表 平面图
planar	平面 二维
planck	普朗克
plane	平面 机翼 飞机 水准 地位 翱翔
planer	刨床 刨工
planet	行星 流浪 现世
plange	轰鸣 凄切 哀鸣
plank	支架 冲浪板
plankt	浮游生物
planne	设计者
plant	植物 作物 工厂 树枝 生长 设施
planta	种植园 大农场 植树造林
plante	花盆
plaque	名牌 勋章 血小板
plasma	血浆 淋巴液 原生质 等离子体
plaste	石膏 灰泥 安慰 用品 膏药 掩饰
plasti	塑料 塑造 造型 有创造力
plat	地图
plate	盘子 图版 印版 镀金 电镀
platea	高原
platef	满盘
platel	血小板
platfo	站台 月台 讲台 论坛 平台
platin	白金
platit	单调 平凡 陈腐 陈词滥调 老生常谈
plato	柏拉图
platon	空谈 柏拉图哲学 柏拉图
platte	大浅盘
platyp	鸭嘴兽
platz	人名
plaudi	称赞 赞美
play	游戏 游玩 玩笑 运动 比赛 赌博
playa	河滩
playbo	花花公子 剧本
player	竞赛者 演员
playfu	开玩笑 嬉戏
playgr	运动场 操场
playho	剧场
playla	操场 游戏场
playli	播放列表
playma	玩伴 游伴
playof	复赛 季后赛
playth	玩具 玩物
playwr	剧作家
plaza	广场 市场
plea	恳求 辩解 抗辩 诉讼 请愿 托词
plead	辩护 恳求
pleadi	祈求 诉愿
pleasa	愉快 可爱 活泼 亲切 和蔼 友好
please	高兴 取悦 讨好 愿意 敬请
pleasi	高兴 喜欢
pleasu	快乐 愉快 娱乐 希望 高兴
pleb	平民 庶民
plebe	新生 平民
plebei	平民 庶民 大众 一般 普通 粗俗
plebis	公民投票
pledge	诺言 保证 誓言 抵押 信物 保人
pleist	更新世
plenar	充分 完全
plenip	全权大使 全权代表
plenit	充分 完全 丰富 大量 充足
plenti	许多 丰富 丰饶
plenty	充分 丰富 足够
plenum	充实 充满
pletho	过多 过剩
pleuri	胸膜炎
pliabl	易弯 柔顺 圆通
pliant	易弯 柔韧 柔顺
plier	钳子 镊子
plight	困境 窘境 宣誓 保证
plink	叮当声
plinth	底座 基脚
plo	巴勒斯坦解放组织
plonk	叮当声
plonke	傻瓜 笨蛋 鸡巴
plop	掉下
plot	阴谋 情节 划分 绘图 密谋 策划
plough	开路
plowde	人名
ploy	手段 活动 玩乐
pluck	勇气
plucky	有胆量 大胆
plug	塞子 插头 插入
plugge	填塞物
plugho	插孔
plum	李子
plumb	铅锤 垂直 探测
plumbe	水管工人
plume	羽毛
plummy	最好 丰满
plump	丰满 直率 支持 鼓起 沉重 突然
plumpn	丰满
plunde	抢夺 战利品 掠夺 抢劫
plung	塞子 插头
plunge	钻进 跳进 跳水 猛跌 落下 投入
plunk	支持 恰好
plural	多重性 多元论 兼任
plus	加上 外加 附加 正号 加号 正数
plush	长毛绒 豪华
pluto	冥王星
plutoc	富豪 财阀
ply	厚度 使用 从事
plymou	普利茅斯
plywoo	夹板
pm	出纳员 军需官
pneuma	充气 空气 气动 灵魂 气体
pneumo	肺炎
po	邮局
poach	偷猎 侵入 窃取
poache	偷猎者 侵入者
pock	麻子
pocket	口袋 钱袋 容器 隐藏 抑制 私吞
pockma	麻子
pocock	人名
pod	豆荚
podcas	播客
podgy	矮胖
poet	诗人
poetic	诗意 诗人
poetry	韵文
pogrom	大屠杀
poigna	辛酸 尖锐 剧烈
poinde	人名
poinse	一品红
point	小数点 标点 地点 要点 特点 尖端
pointe	教鞭 暗示 指针
pointl	不得要领
poise	平衡 均衡 姿势 镇静 安静 砝码
poison	毒药 毒物 毒害 毒杀 中毒 放毒
poke	袋子 拨弄 搜索 伸出
poker	拨火棍
pokey	监狱 迟钝 狭小 破旧 单调
poky	迟钝 狭小 破旧 单调
pol	鹦哥
poland	波兰
polar	两极 极地 极性
polari	偏振 极化 两极分化 极性 两极化 分化
pole	极点 磁极 电极
polemi	争辩 争论 辩论 好辩
poli	城邦
police	警察
policy	政策 方针 策略 保险单
polio	脊髓灰质炎 小儿麻痹症
polisa	阵线
polish	波兰 光泽 优雅 擦亮 完美
polite	有礼貌 文雅 客气
politi	政治 政党 政治学 政见 政客 政治家
polity	政体 国体
poll	投票 民意测验 鹦鹉 轮询
pollar	麸皮
pollen	花粉
pollin	授粉
pollit	人名
pollut	污染 玷污 弄脏
polo	马球 水球
polych	多彩 彩绘
polycr	多晶
polyes	聚酯
polyet	聚乙烯
polygo	多角形 多边形
polygr	测谎器
polygy	一夫多妻
polyme	聚合物 聚合体 聚合酶
polymo	多功能
polyne	波利尼西亚
polyno	多项式
polyp	息肉
polype	多肽
polyph	多音
polypr	聚丙烯
polysa	多糖
polyst	聚苯乙烯
polyth	聚乙烯 多神教 多神论
polyur	聚氨酯
pomegr	石榴
pomera	波美拉尼亚
pomp	壮丽 夸耀
pompad	粉红色
pompey	庞培
pompid	人名
pompon	绒球
pompos	炫耀
pompou	虚夸 盛大 傲慢 大模大样
ponce	男妓
poncho	雨披
pond	池塘
ponder	沉思 考虑
pone	玉米饼
pong	恶臭
pontef	人名
pontif	教皇 主教 大祭司
pontiu	人名
pony	小型
ponyta	马尾辫
poodle	追随者
pooh	疲倦
pool	水塘 联营 共享 采掘 淤积
poop	船尾 消息 疲倦 疲乏
poor	贫穷 贫乏 不幸 可怜 拙劣 卑鄙
pop	枪击 流行音乐 流行 热门 通俗 射击
popcor	爆米花
pope	主教
poplar	杨树
poppa	爸爸 大伯
poppet	宝贝
popple	人名
poppy	罂粟
poppyc	胡说 废话
popsic	冰棍
popula	人口 人口数 通俗 流行 受欢迎 大众
populi	民粹主义
populo	人口稠密
porcel	瓷器
porch	门廊 走廊
porcup	豪猪
pore	毛孔 气孔 钻研 沉思 注视
pork	猪肉
porky	猪肉 肥胖
porn	黄色书刊
porno	色情
pornog	黄色书刊
porosi	多孔性
porous	多孔 多孔性
porpoi	海豚 鼠海豚
porsch	保时捷
port	港口 避风港 左舷 姿势 意义
portab	轻便
portag	搬运
portak	活动房屋
portal	入口 大门
porten	预知 前兆 预示 不吉 可惊 自大
porter	门房 侍者 服务员
portfo	皮包 公文包
portho	舷窗
portic	门廊
portil	人名
portio	部分 命运 嫁妆 分配
portma	手提箱 多用 混合
portra	肖像 人像 半身像 描写 描绘 画像
portug	葡萄牙 葡萄牙人 葡萄牙语
pose	姿势 姿态 装模作样 伪装 假装 提出
poseid	波塞冬
poser	难题
posh	豪华 漂亮 优雅 极好
posit	假设 安置 布置
positi	位置 地位 形势 姿势 立场 职位
positr	正电子
posses	持有 占有 拥有 克制 支配 迷住
possib	可能 潜在 合适 可能性 也许
possum	负鼠
post	准星 邮件 邮政 标竿 职位 岗位
postag	邮资
postal	邮政 邮局
postba	邮袋
postca	明信片
postco	邮政编码
postdo	博士后
poster	海报 招贴 驿马
postgr	研究生
posthu	死后 身后
postma	邮递员 邮戳
postmo	后现代主义 死后 事后 验尸
postna	产后
postpa	产后
postpo	延迟 延期 缓办 延缓
postse	高等教育
postst	变形
postsy	突触后
postul	假定 要求 申请人
postur	姿势 态度 情形 形势
postwa	战后
posy	花束 铭文
pot	坩埚 奖杯
potabl	饮料
potato	马铃薯
potbel	大肚子
potenc	力量 权力 效力
potent	可能性 潜力 潜能 有潜力 可能 潜在
potion	饮料
potluc	家常便饭
potpou	混合物 杂集 大杂烩
potsda	波茨坦
potsho	射击
potter	陶器 陶工 制陶工人
potty	微小 不足道 便壶
pouch	小袋 小包 眼袋 邮袋 育儿袋
pouf	蒲团
poultr	家禽
pounce	猛扑 突袭
pound	英镑 重击 鱼塘 拘留所 捣烂 监禁
pour	流出 倾泻 骤雨 诉说 倾吐
poussi	小鸡
pout	撅嘴 生气
pouty	生气 鼓起
povert	贫穷 贫困 缺乏
pow	战俘
powder	粉末 火药
powell	鲍威尔
power	体力 力量 势力 动力 权力 强国
powerf	有力 强大 强有力 有权威 有影响 相当
powerl	无力 无权
powwow	巫师 商谈
pox	瘟疫
poxy	微不足道 渺小 低劣
practi	实践 练习 实行 惯例 习惯 开业
praeto	执政官
pragma	忙碌 自负 固执己见 实际 务实 国事
prague	布拉格
prairi	大草原 草甸
praise	赞美 称赞 崇拜 赞扬 表扬
pram	婴儿车 手推车
prance	昂首阔步
prank	开玩笑 恶作剧 戏谑 盛装 装饰 打扮
prat	屁股 傻瓜
pratt	屁股
prattl	闲聊 胡说 闲扯
pravda	真理报
prawn	明虾 对虾
praxi	习惯 惯例 练习 习题
pray	祈祷 恳求
prayer	祈祷 恳求
pre	主席 总统
preach	传道 讲道 说教 宣讲 鼓吹 布道
preamb	引言 序文 前言
precam	前寒武纪
precar	不安 危险
precas	预制
precau	预防 留心 警戒
preced	优于 先例 前例 在先 在前 优先
precep	规诫 规矩 格言 训令 导师 教师
preces	先行 优先
preci	摘要 梗概 大意 概要
precin	区域
precio	宝贵 珍贵 珍爱
precip	沉淀物 结果 陷入 促成 沉淀 突然
precis	精确 明确 刻板 拘泥 正好 恰恰
preclu	预防 阻止 妨碍
precoc	早熟
precon	先决条件 前提 成见
precur	先驱者 前导 前兆
predat	食肉动物 掠夺者
predec	前任 先辈 前身
predes	宿命论 定数 命运 预定
predic	预知 预言 预报 处境 困局
predil	嗜好 偏爱
predis	爱好 素质 天性 倾向
predom	主要 显著 大多数 突出
preemi	杰出 卓越 超群 优秀
preemp	先发制人
preen	打扮 得意
prefab	预制 活动房屋
prefac	前言
prefat	前言 序言
prefec	长官
prefer	宁可 提出 偏爱 优先
prefig	预示 预见 预想
prefix	前缀 称谓
prefro	前额
pregna	怀孕 充满 丰富 多产
prehea	预热
prehen	贪得无厌 抓住 理解
prehis	史前 历史背景
prejud	偏见 成见 侵害
prelim	预试 初步 开始 预备
prelud	前奏 序幕 前奏曲
premar	婚前
premat	早产 过早 早产儿
premed	预谋
premie	总理 首相 首位 最初 首次
premis	前提 引出
premiu	额外补贴 奖金 奖赏 保险费
premon	预告 预感 征兆
prenat	孕期
prenti	学徒 初学者 徒弟
preocc	入神
preord	注定
prep	预料 预备 准备 自修
prepar	准备 筹备 制造 调制 预备 预习
prepay	预付
prepon	优势 多数 占优势 主要 突出
prepos	反常 乖戾 荒谬 前置词 介词 不合理
prereq	先决条件 必要
prerog	特权 君权 职权
presag	预感 预兆 预知 预示 预言
presby	长老 教区
presch	育幼院 幼稚园
presci	预知 先见
prescr	处方 命令 指定 规定 嘱咐
presen	现在 礼品 瞄准 出席 介绍 引见
preser	保护 保持 保存 维持 保护区 保藏
presid	总统 总裁 董事长 院长 校长 主持人
press	人群 印刷机 压力 出版社 记者 报刊
pressm	新闻记者
pressu	强制 压力 压迫 压强 迫使 增压
presti	声望 威望 威信
presto	赶快 转眼间 立刻
presum	大概 假定 推测 擅自 意味着 相信
presup	预料 预想 假定
preten	假装 自命 自称 虚伪 借口 要求
preter	超自然 异常 不可思议
pretes	预测
pretex	借口 托词
pretor	比勒陀利亚
pretre	预处理
pretti	漂亮
pretty	漂亮 优美 机灵 狡猾 恰当 相当
pretze	法国号
prevai	获胜 流行 盛行
preval	普遍 流行 广泛
prevar	搪塞 支吾
preven	预防 防止 阻止 妨碍
previe	预览 预演
previo	早先 前面 先前 以前 过早 在前
prey	牺牲者 捕食
prez	总统 总裁 董事长
price	价格 代价 价值
pricel	无价
pricey	昂贵
prick	刺痛 竖起
prickl	刺痛
pricy	昂贵
pride	骄傲 自尊心 自豪 精华 勇气
pridef	自傲
priest	祭司 牧师 神父 僧侣
prig	纨绔子弟
priggi	一本正经 死板 自负
prim	整洁 端正 呆板 拘谨 循规蹈矩
prima	第一 主要
primac	第一 首位 卓越
primal	主要 最初 原始
primar	原色 主要 初期 根本 原始 首要
primat	大主教
prime	初期 主要 最初 根本 灌注
primer	雷管 导火线 底漆
primev	初期 原始 远古
primit	原始人 原始 上古
primo	第一 首先
primor	原始
primp	打扮 装饰
primro	报春花
primul	报春花
primus	第一
prince	王子 亲王 国君 贵族 诸侯 公主
princi	原则 原理 主义 校长 首长 本金
print	打印 痕迹 印刷业 图片 印章 印刷
printe	打印机
prior	在先
priori	优先
prise	撬开 撬动
prism	棱镜 棱柱
prisma	棱柱 灿烂
prison	监狱 监禁 拘留所 囚犯 犯人 战俘
prissy	大惊小怪
pristi	太古 原来 古时 原始
privac	隐私 隐居 秘密
privat	私人 秘密 私立 隐蔽 士兵 隐士
privet	女贞
privil	特权 特免
privit	默契
privy	个人 私人 秘密 隐蔽 当事人 厕所
prix	奖金 价格
prize	奖赏 奖金 奖品 战利品 捕获 得奖
pro	正面
proact	前摄
prob	可能性 可能 大概 问题
probab	大概 或许 可能性 或然率 几率 概率
probat	鉴定 查验 证明 试用 察看 缓刑
probe	探索 调查 探针 探测器
probit	诚实 正直
proble	问题 难题 成问题 未定 疑难 盖然性
proce	进行 开始 发出 起诉
proced	程序 过程 手续
proces	程序 进行 过程 加工 处理者 队伍
procla	宣布 公告 宣言 表明 赞扬
procli	倾向
procon	总督
procra	拖延 因循 耽搁 延迟
procre	生产 生殖 产生
procte	宝洁
procto	代理人
procur	获得 取得 导致 拉皮条
prod	提醒物 刺激
prodig	庞大 惊人 异常 奇迹 奇才 神童
produc	物产 后代 产生 生产 提出 出示
prof	教授
profan	不敬 亵渎 世俗 玷污
profes	教授 专业人才 专业 职业 表白 声明
proffe	提供 贡献 提议
profic	精通 熟练 精练 高手 专家
profil	侧面 轮廓 传略
profit	利润 赢利 利益 有益 获利 赚钱
profli	放荡 浪费
profou	深厚 深刻 渊博 深深 深切
profum	人名
profun	深度 深奥 深刻 深厚
profus	大量 慷慨 挥霍 充沛 浪费 丰富
progen	子孙 后裔 成果 祖先 先辈 原本
proges	孕酮 孕激素
progno	预测 预后 预兆 预言 先兆
progra	节目 程序 纲要 大纲 计划 规划
progre	进步 发展 前进 进行 累进 先进
prohib	禁止 阻止 禁令
projec	计划 设计 事业 投掷 发射 凸出
prolac	催乳激素
prolap	脱出 脱垂
prolet	无产阶级 无产者
prolif	增殖 激增
prolog	开场白 序言 序幕
prolon	延长 拖延 拖长
prom	音乐会 舞会
promen	散步 骑马 舞会 漫步 兜风
promet	普罗米修斯
promin	卓越 显著 突出 凸出 突起
promis	诺言 允诺 约定 预示
promon	海角
promot	促进 晋升 创办 推销 晋级 创建
prompt	激励 提示 提醒物 提词 迅速 敏捷
promul	发布 公布 发表 传播
prone	俯伏
pronen	俯伏 倾向
prong	耙子 贯穿
pronou	发音 宣告 断言 代词
pronto	马上
pronun	发音 读法
proof	证据 证明 试验 检验 考验 校对
prop	支柱 支持者 道具 螺旋桨 支撑 维持
propag	宣传
propan	丙烷
propel	推进 驱使
propen	倾向 爱好 习性
proper	财产 所有权 性质 属性 适当 固有
prophe	先知 提倡者 预言
prophy	预防性 预防法 预防
propin	接近 类似
propit	顺利 适合 吉祥 慈悲 安抚 和解
propon	支持者
propor	比例 比率 均衡 部分 面积 相称
propos	提议 计划 求婚 打算 建议 命题
propri	所有者 所有权 私有 业主
propul	推进
prosai	散文 平凡
prosce	舞台 前部
proscr	排斥 禁止 放逐
prose	散文 平凡
prosec	公诉人 执行 经营 起诉 告发 从事
prosel	说客
prosoc	忠实
prospe	景色 展望 勘探 勘察 预期 将来
prost	恭喜
prosta	前列腺
prosth	弥补
prosti	妓女 卖淫 堕落 糟蹋 滥用
prostr	拜倒 降伏 俯卧 衰竭 沮丧 屈服
protag	主人公 主角 领导者
protea	蛋白酶 千变万化
protec	防卫 保护 警戒 保护者
proteg	门徒
protei	蛋白质
protes	抗议 反对 断言 新教徒 新教 抗议者
protoc	草案 礼仪 协议 拟定
proton	质子
protop	原生质
protot	原型
protoz	原生动物
protra	延长 拖延 伸出 绘制
protru	伸出 突出 露出
protub	突起
proud	骄傲 自大 自豪 辉煌 壮丽 傲慢
proust	普鲁斯特 普鲁士
prout	人名
prove	证明 查验 检验 勘探 显示
proven	普罗旺斯 起源 出处 普罗旺斯语
prover	谚语 格言 箴言 众所周知 闻名
provid	提供 供应 规定 预备 抚养 供应者
provin	地方 职权 领域 外地人 外地 偏狭
provis	准备 供应品 规定 条款 暂时 暂定
provoc	挑拨 刺激 刺激物 兴奋剂 激怒
provok	激怒 惹起 诱导
provos	教务长 牧师
prow	船首 勇敢
prowes	英勇 勇敢
prowl	潜行 徘徊
prowle	小偷
proxim	接近 亲近
proxy	代理 代理人 委托书
pru	人名
pruden	审慎 三思而后行 精明 节俭
prune	傻瓜 修剪 删除 删节
prurie	好色 渴望
prurit	瘙痒症
prussi	普鲁士
pry	杠杆 窥探 打听 撬动 撬开
psalm	圣诗 圣歌 诗篇
pseudo	假名 笔名 冒充 伪科学
psoria	牛皮癣
psv	公共汽车
psyche	灵魂 精神
psychi	精神病学 灵魂 精神 心灵 巫师
psycho	心理学 心灵 心理学家 心理分析
ptarmi	雷鸟
pterod	翼手龙
ptolem	托勒密
pub	酒馆 客栈
pubert	青春期
pubesc	青春期
pubi	耻骨
pubic	阴部 耻骨
public	公众 民众 公共 公立 公用 出版物
publis	出版 发行 公开 发表 宣传 公布
puccin	普契尼
puck	冰球
pucker	皱纹
puckis	顽皮 恶作剧
pud	前脚
pudd	布丁
puddle	水坑
pudgy	矮胖
pueril	孩子气 天真
puerto	垭口 港口 山口 人名
puff	肿块 喘息 喷出 张开 吹捧 充气
puffer	吹捧
puffin	角嘴海雀 膨胀 肿胀
puffy	胀大 肥胖 喘气
pug	哈巴狗 脚印
pugili	拳击手 拳击
pugnac	好斗
puja	礼拜
puke	呕吐 呕吐物
pull	吸引 拉力 牵引力 划船
pullba	障碍 阻扰
pulley	滑车 滑轮
pullou	撤退
pullov	套衫
pulp	果肉 纸浆
pulsar	脉冲星
pulsat	搏动 悸动 震动 角频率 角速度
pulse	脉冲 脉搏 情绪 意向 拍子 豆类
pulver	研磨 粉碎
puma	美洲狮
pumice	浮石
pump	抽水机 打气筒 打气 盘问 倾注 疲惫
pumper	消防车
pumpki	南瓜
pun	双关语 俏皮话 捣实
punch	冲床 潘趣酒 冲压
punche	报务员 牧人
punchl	妙语如珠
punchy	有力 生气勃勃
puncti	一丝不苟
punctu	强调 加强 标点 标点符号
pundit	学者 权威
pungen	刺激性 尖刻 苦痛 辛辣 刺激
punish	处罚 刑罚 惩罚
puniti	刑罚 惩罚性
punjab	旁遮普
punk	废物 无用 腐朽
punky	松软 有弹性
punt	赌博
punter	船夫
puny	微小 弱小 微不足道
pup	小狗
pupil	学生 门生 未成年人 瞳孔
puppet	傀儡 木偶
puppy	小狗
purcha	购买 紧握 赢得 买方
purdah	窗帘 帷幕
pure	纯净 纯洁 清白 完美 无瑕 抽象
puree	果泥 浓汤
purgat	炼狱 清洁 净化 通便
purge	净化 清除 泻药 通便
purifi	纯化 提纯
purify	纯净 净化 提纯 精炼
purita	清教徒
purity	纯净 纯正 纯粹
purloi	偷窃 盗取
purple	紫色 帝位 帝王 华而不实
purpor	意义 要旨 意味着 声称 打算
purpos	意向 决心 用途 效果 论题 意欲
purse	钱包 金钱 皱起
pursla	马齿苋
pursua	依据 按照 追赶 相符 一致 实行
pursue	追赶 追踪 追随 追求 实行 继续
pursui	追踪 追求 追赶 娱乐 职业
purule	化脓性 化脓
purvey	供给 供应
purvi	人名
purvie	范围 权限 视界
push	推动 奋斗 攻击 进取心 伸出 推行
pushbi	自行车 脚踏车
pushca	手推车
pusher	推销员
pushki	普希金
pushpi	图钉
pushy	粗鲁 固执己见
pusill	胆怯 优柔寡断
puss	少女
pussy	猫咪 女阴 娘娘腔
pustul	脓疱
putati	推定
putnam	人名
putney	人名
putref	腐败 化脓 腐烂 堕落
putrid	腐败
putsch	起义 暴动 叛乱
putter	轻击棒 漫步 浪费
puzzle	难题 迷惑 困惑 为难 苦思
pv	票面值
pvc	聚氯乙烯
pw	女警
pygmy	矮人 侏儒 矮小
pyke	人名 派克
pylori	幽门
pyloru	幽门
pyongy	平壤
pyrami	角锥 金字塔 上涨
pyrite	黄铁矿
pyrote	烟火
pythag	毕达哥拉斯
python	巨蟒
qaddaf	人名 卡扎菲
qatar	卡塔尔
qb	定量 电池
qed	量子电动力学
qqv	参见
qua	作为
quacke	招摇撞骗
quad	监狱
quadra	象限 四角形 四边形 二次 正交
quaff	狂饮 痛饮
quagmi	沼泽 泥坑 泥潭 泥沼 困境
quail	鹌鹑 胆怯 畏缩
quaint	奇怪 离奇 灵巧
quake	颤抖 地震
qualif	资格 条件 限制 有资格 合格 限定
qualit	品质 特性 才能 质量 优质 性质
qualm	晕眩 不安 疑虑
quanda	困惑 迷惑 为难
quanta	量子
quanti	数量 总量 定量 测量
quantu	量子
quaran	隔离 排斥
quark	夸克
quarre	吵架 反目 怨言 争论 挑剔
quarry	采石场 猎物 来源
quarte	四分之一 一刻钟 季度 地区 肢解 驻扎
quarti	四分位数 人名
quartz	石英
quasar	类星体
quash	撤销 平息 镇压
quasi	类似
quaver	颤抖 颤声 八分音符
quay	码头 驳岸
quayle	人名
que	队列
queasi	恶心
queasy	呕吐
quebec	魁北克
queen	王后 女王
queer	怪人 同性恋者 奇怪 不舒服 可疑
quell	压制 平息 减轻
quench	熄灭 结束 冷却 平息
quenti	昆廷
querul	抱怨
query	疑问 质问 查询 询问
quest	探索 寻求 调查 寻找
questi	问题 询问 审问 怀疑 调查表 问卷
queue	辫子 队列 排队
qui	速度
quibbl	双关语 吹毛求疵 争吵
quick	迅速 敏捷 灵敏 急速 要害 核心
quicke	加快 激发 鼓舞 复活
quicki	简短 迅速 突发
quickn	急速 迅速 速度
quicks	流沙 水银 易变
quiesc	静止 寂静
quiet	安静 闲适 平静 静止 寂静 朴素
quiete	安静 平息 平静 镇静 抚慰 安慰
quietn	平静 寂静
quietu	平静 寂静
quill	羽毛笔 刺穿
quilt	棉被
quince	人名
quinin	奎宁
quint	篮球队
quinta	别墅
quinte	精髓 典范 典型 标准 精华
quinti	昆廷
quip	妙语 讽刺 嘲弄
quirk	俏皮话 急转
quirki	诡诈 离奇 突变
quirky	诡诈 突兀 古怪 离奇
quite	相当 完全 十分
quitte	懦夫
quiver	震动 颤抖 振动 颤动 敏捷
quixot	堂吉诃德
quiz	考查 恶作剧 智力测验 戏弄
quizzi	戏弄 探询 古怪 疑问
quorum	法定人数
quota	配额 限额
quotat	语录 牌价 报价
quote	引用 引述 举证
quotid	每日 司空见惯 平凡
quotie	份额
quran	可兰经
qurani	古兰经 可兰经
qv	颤抖
ra	正规军
rab	人名 拉布
rabbet	榫头
rabbi	拉比 大师
rabbit	兔子
rabble	乌合之众 暴民
rabid	猛烈 热烈 狂怒 偏激 疯狂 狂暴
raby	狂犬病
raccoo	浣熊
race	种族 人种 赛跑 比赛 急流 人类
raceca	赛车
raceco	赛马场 水道 跑道
racetr	跑道
racewa	水道
rachma	拉赫曼尼诺夫
racial	人种 种族
racine	拉辛
racism	种族主义
racist	种族主义者
rack	行李架 痛苦 折磨 齿条 压榨 榨取
racket	球拍 喧闹 杂乱无章
rackha	人名
racque	球拍
racy	活泼 生动
radar	雷达
radfor	人名
radial	光线 半径 径向 射线 放射 桡骨
radian	发光 明亮 辐射 容光焕发
radiat	辐射 散热器 放射 散发 传播 广播
radica	激进分子 词根 基础 根式 激进 根本
radicc	菊苣
radio	无线电 收音机 无线电广播
radioa	放射性
radioi	放射免疫测定 放射性同位素
radiol	放射学
radion	放射性核素
radiot	放射疗法
radius	半径 范围
radley	人名
rafael	拉斐尔
raffer	混乱
raffis	无赖 卑鄙
raffle	废物
rafiq	人名
raft	救生筏 大量
rag	抹布 碎片 碎屑 少量 责骂 揶揄
rage	愤怒 狂暴 大怒 流行
ragged	破烂 粗糙
ragtag	贱民 乌合之众
ragtim	滑稽
rah	激动
rahman	人名
raid	袭击 突袭 搜捕 奇袭
raider	侵入者
rail	围栏 栏杆 铁轨 扶手 责骂 抱怨
railro	铁路
railwa	铁路 轨道
raimen	衣服
rain	下雨 雨天
rainbo	彩虹 五彩缤纷
rainco	雨衣
raindr	雨滴 雨点
raine	雷恩
rainey	人名
rainfa	降雨 降雨量
rainwa	雨水
rainy	下雨
raise	上升 增高 升起 举起 唤起 提高
raiser	饲养者
raisin	葡萄干
raj	主权 统治
raja	统治者
rajast	拉贾斯坦邦
rajiv	人名
rake	耙子 斜度 浪子 搜索 掠过 倾斜
rakish	轻快 潇洒 放荡
ral	集合 重整旗鼓 团结 挖苦 嘲笑
raleig	罗利
ralf	拉尔夫
ralph	拉尔夫
ram	公羊 猛击 填塞 随机存取存储器
ramble	漫步者 蔓生植物 漫步 随笔 漫游 蔓延
rambun	粗暴 喧闹
ramifi	分枝 分叉 支流 衍生物
ramify	分枝 分叉
ramo	拉莫斯
ramp	斜坡 坡道 敲诈 蔓延
rampag	狂暴
rampan	猖獗 蔓生 猛烈
rampar	壁垒 防卫 守卫
rampto	人名
ramrod	笔直 生硬
ramsha	摇晃 放荡
ranald	人名
rance	支撑
rancho	牧人 牧场
rancid	腐臭
rancor	敌意
rancou	敌意
rand	兰特 田埂
random	随意 随机 任意 随便 胡乱 偶然
randy	喧闹 大声 好色 莽汉
range	山脉 范围 行列 射程 排列 并列
rangel	牧场
ranger	骑警
rangoo	仰光
rangy	广阔
rank	等级 队伍 阶级 恶臭 十足 粗俗
rankin	人名
rankle	化脓 怨恨
ransac	掠夺 洗劫
ransom	赎金 赎回
rant	咆哮 痛骂
rap	拍击 责骂 叱责 抢走 着迷 敲击
rapaci	贪欲 贪婪 抢夺
rape	抢夺 掠夺 强奸
raphae	拉斐尔
rapid	飞快 迅速 赶紧 急促 急流
rapidi	迅速 急速 速度
rapist	强奸犯
rapper	证人
rappor	关系 融洽 一致
rappro	和解
rapt	全神贯注 入迷 出神
raptor	猛禽
raptur	兴高采烈 着迷 狂喜 欢天喜地
rare	稀罕 罕有 珍奇 稀薄 半熟 非常
rarefy	稀少 稀薄 纯化 精炼
rarity	稀罕 罕有 珍奇 稀薄
rascal	流氓 无赖 坏蛋
rash	轻率 匆忙 鲁莽 皮疹
rashne	轻率
raspy	刺耳 粗糙
raster	光栅
rat	捕鼠 变节
ratche	棘轮
ratcli	人名
rate	比率 速度 价格 费用 等级 估价
rathbo	人名
rather	宁可 稍微 相当
ratifi	批准 承认 认可
ratify	批准 认可
ratio	比率
ration	理性 合理 有理数 基本原理 合理性 定额
rattle	喋喋不休 拨浪鼓
ratty	破烂
raucou	沙哑 喧闹
raunch	不修边幅 肮脏 淫秽
ravage	破坏 蹂躏 毁坏 掠夺
rave	狂暴 叫嚷 咆哮
ravel	纠缠 混乱 拆开 弄清 散开 解除
raven	渡鸦 掠夺 乌黑 狼吞虎咽
ravenn	拉文纳
raveno	贪婪 狼吞虎咽 饥饿
ravine	峡谷 溪谷
ravish	夺走 出神 强奸
raw	半成品 生疏 阴冷 刺痛 擦伤
rawbon	瘦削 骨瘦如柴
rawhid	生皮 抽打
rawnes	半生不熟
ray	光线 射线 闪烁 光辉 浮现 放射
raymon	雷蒙德
raynor	人名
rayon	人造丝
raze	毁灭 消除 抹去 破坏
razor	剃刀
razz	冷笑 嘲弄
razzma	兴奋 狂欢
rc	红十字 红十字会
rcn	广域网 加拿大皇家海军
re	信赖 依赖 信任 芦苇 簧舌
reach	伸出 延伸 区域 范围 流域 到达
react	起作用 反攻
reacti	反应 反作用 反动
reacto	反应堆 电抗器
readab	易读 可读性
reader	读者 读物 文选 讲师
readi	迅速 轻易 乐意
readin	预备 准备 敏捷
readou	宣读 读出
ready	现款 备用 预先 迅速
readym	杂志 美国
reaffi	重申
reagan	里根
reagen	试剂
real	实际上 真实 实在 实际 不动 实数
realig	改组
realis	实现 了解 认清 现实 逼真 现实主义
realit	实在 事实 实体 逼真
realiz	了解 实现 变卖 领悟
realm	王国 领土 领域
realne	真诚 真实性
realty	不动产 房地产
ream	大量 榨取
reamer	铰刀
reanim	复活 鼓舞 鼓励
reap	收割 收获 获得
reaper	收割者 收割机
reappe	再现
reappo	复职 连任
rear	后面 背后 后方 背面 养育 培养
reargu	后卫
rearvi	后视镜
rearwa	后方 后部 背后
reason	理由 原因 理智 道理 前提 理性
reassu	安心 放心 再保证
rebate	折扣 退还 打折扣
rebbe	先生 老师 拉比
rebel	叛徒 造反 反抗 抵抗 反感
rebell	谋反 叛乱 反抗
rebirt	再生 复活 新生
rebroa	转播 重播
rebuff	漠不关心
rebuil	改建 重建 改造
rebuke	指责 谴责 非难 斥责 制止
rebut	反驳 辩驳 揭露
rebutt	辩驳 驳回 反驳 反证
recalc	反抗 反对 反抗者
recall	回忆 召回 回想 恢复
recant	放弃
recapi	概括 摘要
recapt	取回 夺回 重温
recce	侦察 搜索
recede	退却 收回 降低 减弱
receip	收据 收入 收到
receiv	收到 接到 得到 接待 迎接 承受
recent	最近 近代 最新
recept	接待 接受 招待会 受体 感觉器官 接待员
recess	后退 衰退 归还 休息 休会 放假
recher	精选 罕见 珍奇
rechri	改名
recidi	累犯 惯犯
recipe	食谱 处方 秘诀
recipi	领受 容器
recipr	互惠 相互 相等 倒数
recita	背诵 吟诵 详述 叙述
recite	背诵 朗读 叙述
reckle	大意 鲁莽
reckon	计算 总计 估计 认为 猜想 依赖
reclai	开垦 改造 感化 纠正 回收 喊叫
reclam	开垦 教化
reclin	斜靠 斜倚 依赖 躺椅
reclus	隐遁 隐居 偏僻
recogn	认出 认可 承认 公认 识别 赏识
recoil	畏缩 后退 弹回 反作用 后坐力 退却
recoll	记忆 回想 回忆
recomb	重组 复合
recomm	推荐 介绍 劝告 受欢迎 托付 推荐信
recomp	报偿 酬金 赔偿 报酬
recon	侦察
reconc	和解 调停 和谐 一致 听从 和好
recond	修理 修复 深奥 难解 隐藏
reconn	侦察 勘探
reconq	夺回
recons	改造 再建 重建
record	记录 履历 档案 唱片 记载 标明
recoun	详述 叙述
recoup	偿还 赔偿 补偿 扣除
recour	求援 求助
recove	恢复 复原 拯救 痊愈 胜诉 重获
recrea	娱乐 消遣 休息
recrim	反唇相讥
recrui	新兵 新手 补给品 恢复 补充 充实
rectal	直肠
rectan	长方形 矩形
rectif	订正 矫正 改正 校正 整流
rectit	正直 纯正 正确
rector	校长 院长
rectum	直肠
recupe	恢复 复原
recur	复发 回到 重现 诉诸 采用 循环
recurr	循环 再现 反复
recurs	循环 递归
recycl	再制
red	红色 红肿 流血 赤字
redact	编辑 修订
redbud	紫荆
redbur	人名
redd	人名 整理 清理 整顿
redden	变红 脸红
redeem	赎回 挽回 恢复 偿还 补偿
redemp	赎回 偿还 拯救
redepl	调动 调换 调配
redeve	恢复 经济发展
redfer	人名
redfis	鲑鱼
redire	改道
redlin	取消 排除 歧视
redman	人名
rednec	红脖子 乡下人
rednes	红色
redole	芬芳
redoub	可怕 厉害 可敬 加倍 增强 倍增
redoun	有助于 报偿
redpat	人名
redraf	改写
redres	赔偿 补救 矫正 纠正 救济
redsha	红脚鹬
redshi	红移
reduce	减少 分解 降低 衰退 减肥 缩小
reduct	减少 缩影 变化
redund	过多 冗长 累赘 多余
redwoo	红树
reece	人名
reef	暗礁
reefer	冰箱 冷藏车
reek	水蒸气 冒烟 散发
reel	卷轴 纺车 旋转 蹒跚 眩晕 摇晃
reesta	重建 复兴 恢复
reeve	穿过
ref	裁判员
refash	重制
refect	餐厅
refer	提交 提到 涉及 查阅 查询 咨询
refere	参考 索引 参照 引用 全民公决 全民投票
referr	参照 介绍
refine	精炼 净化 优雅 精致 高尚 精巧
refit	整修 改装
reflec	反射 反映 招致 深思 考虑 指责
reflex	反射 反射光 映像 折转 折回 反身
reflux	逆流 退潮
refore	重新造林
reform	改革 改正 改造 改过 革新 重整
refrac	折射望远镜 折射 折光 执拗 耐火
refrai	副歌 节制 避免 克制
refres	点心
refrig	电冰箱 冷却 清凉 冷藏
refuge	难民 避难所 避难 庇护 躲避
refund	偿还 归还
refurb	整修 翻新 刷新
refusa	拒绝 推却
refuse	拒绝 谢绝 废物 扔掉 无用
refuta	反驳 辩驳
refute	反驳 驳斥 驳倒
reg	寄存器
regain	取回 恢复 重回
regal	帝王
regale	款待 快乐 享用 盛宴 佳肴
regan	里根
regard	关心 注意 尊敬 关系 问候 视为
regene	再生 重建
regent	摄政王 摄政
reggae	雷盖
regime	政权 政体 体制 情态 大量 组织
regina	女王
region	区域 地带 地区 领域 范围 地方
regist	寄存器 记录 注册 提示 表达 登记
regres	退步 回归
regret	遗憾 后悔 悔恨 抱歉 歉意 惋惜
regrow	再生
regula	规则 整齐 定期 经常 合格 正规军
regurg	回流 反胃 逆流 反刍
rehab	修复
rehabi	复原
rehear	预演 排演 练习 叙述 复述 排练
reich	德国
reichs	德意志
reific	具体化 物化
reify	具体化
reign	当政 统治
reimbu	退还
rein	缰绳 统治 支配 驾驭 控制
reinca	再生
reinde	驯鹿
reine	人名
reinfo	加强 增援 补充 求援 援军
reinst	复原 恢复
reinsu	再保险
reinte	恢复 重建 复兴
reinvi	复兴
reiter	重申
reith	人名 赖特
reject	次品 拒绝 抵制 否决 驳回 丢弃
rejigg	更改
rejoic	欢喜 欣喜 高兴 庆祝
rejoin	回答
rejuve	年轻 复原 返老还童
relaps	回复 故态复萌 复发
relate	叙述 有关 符合
relati	关系 关联 联系 叙述 故事 家属
relaun	重整旗鼓
relax	放松 松懈 松弛 休息 休养 缓和
relaxa	松弛 放松 减轻 缓和 休息 休养
relay	驿马 替班 中继 接力 转播 接替
releas	释放 发泄 豁免 发行 解除 放松
relega	驱逐 调职 归属
relent	无情 冷酷 残酷
releva	有关联 适当 相应 中肯 关联 相关性
reliab	可靠 可靠性
relian	信任 信赖
relic	遗物 遗迹 遗风 残留物
relict	未亡人 寡妇 残余物 残余
relief	减轻 解除 救济 安慰 调剂 浮雕
reliev	减轻 救济 解除 免除 衬托 显著
religi	虔诚 严谨 修道士 出家人 宗教 信仰
relinq	放弃 撤回 停止 松开
relish	滋味 风味 美味 爱好 食欲 调味品
relive	再生 复活
reluct	不情愿 勉强
remain	保持 逗留 剩余 残余 余数
remake	再制
remark	不平常 显著 评论 注意 谈论 引人注目
remarr	再婚
rematc	复赛
remedi	治疗 补救 矫正 补习 辅导 纠正
remedy	药物 治疗法 治疗 补救 赔偿 矫正
rememb	记得 记住 铭记 纪念
remind	提醒 想起 暗示
remini	回忆 怀旧
remiss	宽恕 豁免 缓和 减轻 怠慢 没精打采
remit	宽恕 赦免 免除 汇出 缓解 减轻
remitt	汇款
remnan	剩余 遗迹 残余
remode	改造 改变
remold	改造
remons	抗议 责备 忠告 规劝
remora	障碍 障碍物
remors	懊悔 自责 同情 冷酷
remote	遥远 偏僻 疏远 极小
remoul	改造
remoun	回溯
remova	移动 移居 迁移 排除 切除
remove	移动 调动 除去 迁移 开除 移交
remune	报酬
renais	复活 复兴 文艺复兴
renal	肾脏
renaul	雷诺
rend	分裂 劈开 撕碎 划破 裂开
rendel	人名
render	回报 付给 汇报 提出 舍弃 反映
rendez	约会 集合 集结
rendit	译文 施舍 表演
renega	背弃 脱离 叛徒 背叛
renege	食言 毁约 否认 放弃 拒绝
renew	更新 恢复 复兴 修补 补充 继续
renewa	更新 革新 复兴 恢复 修补 补充
rennie	人名
renoir	雷诺阿
renoun	拒绝 放弃 否认
renova	革新 刷新 修理 更新 修复
renown	有名
rensha	人名
rental	租赁
renter	承租人 佃户
renton	人名
renunc	放弃 废弃 弃权
reoccu	收复 重现 复发
reopen	重开
reorga	重组
reorie	重定向
rep	答复 回答 答辩 回击 反响 名声
repair	修理 补救 修复 修补 恢复 补偿
repara	补偿 赔偿 弥补 修复 修理 修缮
repart	妙语 巧辩
repast	就餐 享用
repatr	回国
repay	偿还 报答 报复
repaym	偿还 报复
repeal	废止 放弃
repeat	重复 反复 重做 复述 再现 复制
repel	逐退 抵制 厌恶
repell	抵抗 排斥 防水
repent	后悔 懊悔 忏悔 悔改
reperc	弹回 反响 反射
repert	仓库 库存 储备
repeti	重复 背诵 循环 复制品 副本
replac	代替 替换 归还 更换 代替者
replan	移居
replay	重演
replen	充满 补给 补充
replet	装满 充满 充实 吃饱
replic	折叠 折转 复制 复制品 复现
report	报告 报道 传说 成绩单 汇报 转述
repose	休息 睡眠 静止 长眠 依靠 信赖
reposi	仓库 博物馆 店铺 陈列室 亲信 知己
reposs	取回
repres	表现 表示 描绘 讲述 代表 象征
reprie	缓刑 暂缓
reprim	谴责 惩戒 非难
reprin	再版 翻版 重印
repris	报复 报仇 年金 重演 重复 重奏
repro	复制品 再生产 繁殖
reproa	责备 耻辱 申斥 丢脸 非难
reprob	恶棍 堕落 邪恶 斥责 非难 拒绝
reprod	繁殖 再生 复制 生殖 再现 复制品
reproo	谴责 非难
reprov	责备 责骂 非难 挑剔
reptil	爬行动物 爬虫 爬行 爬虫类 卑鄙
repton	人名
republ	共和政体 共和国 团体
repudi	拒绝 拒付 抛弃 否认
repugn	讨厌 不愉快 厌恶 矛盾 反对 反感
repuls	排斥 可恶 击退 拒绝 厌恶 反感
repurc	买回
reputa	名誉 名声 声望
repute	名望 名气 声望 认为 以为 据说
reques	请求 需要 申请书 要求 邀请
requie	挽歌 悲歌
requir	需要 命令 要求 需求 必要条件
requis	必需品 要素 必要 需要 申请 征用
rescin	废止 无效 取消 解除
rescis	废止 取消 无效
rescue	援救 解救 营救 救出
resear	研究 调查 考察 研究人员
resect	切除 割除
resell	分销商
resemb	相似 类似 肖像
resent	怨恨 愤恨
reserv	后备军 自然保护区 保留 拘谨 节制 储备金
reshap	改造 整形
reshuf	改组 撤换
reside	居民 居住者 留鸟 居留 定居 住宅
residu	残渣 剩余 余数
resign	辞职 放弃 顺从 屈从 辞呈 听从
resili	弹回 弹性
resin	树脂
resino	树脂
resist	抵抗力 反抗 耐力 阻力 电阻 抵抗
resolu	解析 决心 坚定 决定 决议 消除
resolv	决定 分解 决心 解析 解决 消除
resona	共鸣 共振 回声 反响 谐振
resort	手段 凭借 诉诸
resoun	回响 反响 驰名 传颂 轰动
resour	资源 财力 办法 策略 急智 消遣
respec	尊敬 尊重 问候 注意 遵守 各自
respir	呼吸
respit	暂缓
resple	辉煌 灿烂
respon	反应 回答 响应 责任 职责 负担
rest	休息 睡眠 安息 稍息 静止 支架
restag	重演
restar	重新开始 重新启动
restat	重申 重述
restau	餐馆 饭店
restfu	素雅 安静
restit	归还 偿还 赔偿
restiv	倔强
restle	慌张
restor	回复 恢复 归还 修补 修复 还原
restra	抑制 克制 束缚 阻止
restri	限制 限定 约束
restro	洗手间 休息室 更衣室 厕所
restru	重建 调整
result	结果 成绩 答案 产生 致使 合成
resume	重新开始 取回 恢复 摘要
resump	取回 恢复
resurg	再起 复活 再现 复生
resurr	复活 复兴 恢复
resusc	复苏 复兴 复生
retail	零售 详述 传播
retain	保持 保有 留住 记得
retake	取回
retali	报复
retard	迟延 妨碍 阻止 延迟 减速
retch	作呕 反胃 呕吐
retd	保持 退休 退却
retell	重复
retent	保持 留置 保留 记忆 停滞
retice	无言 沉默 不情愿 勉强
reticl	标线
reticu	错综
retina	视网膜
retinu	随行人员
retira	退休 退却 撤退
retire	隐居 引退 退役 退休 撤退 退却
retort	反驳 顶嘴 蒸馏器 回嘴 反击 蒸馏
retouc	润饰 修整
retrac	追溯 折回 收回 取消 缩进 撤回
retrea	撤退 隐居 退避 隐退
retren	紧缩 节省 删节 减少 删除
retria	再审 复试
retrib	报应 惩罚 报酬
retrie	取回 挽回 弥补 恢复 补偿 回忆
retroa	反动 追溯
retrog	后退 倒退 退步 回顾 退化
retros	回顾 追忆 回溯 怀旧 回顾展
retry	再审
return	回来 返回 归还 报答 利润率 报告书
reuben	鲁宾
reunio	团圆 重聚
reuter	路透社
revamp	修理 修补 修改
reveal	露出 显示 透露 揭露 泄露 启示
reveil	起床号
revel	作乐 狂欢 陶醉 着迷 耗费
revela	揭露 泄露 发觉 默示 启示
revelr	狂欢
reveng	报仇 复仇 报复
revenu	收入 岁入 税收 税务局
reverb	回响 反响 反射
revere	教士 大人
reveri	梦想 沉思
revers	相反 背面 倒退 挫折 失败 反面
revert	恢复 复归 回复 还原 回转
revetm	障壁
review	检讨 复习 回顾 检阅 评论 温习
revile	辱骂 斥责
revise	校订 修正 改样 校正
revisi	校订 修正 修订本 修订版
revita	复活 复兴 新生
reviva	复兴 复活 苏醒
revive	苏醒 复兴 振奋 重播 复活
revivi	再生 复活
revoca	废止 取消 撤回
revoke	撤回 废除
revolt	叛乱 反抗 反感 起义 厌恶 恶心
revolu	革命 旋转 循环 革命性
revolv	旋转
revue	活报剧
revuls	剧变 厌恶
reward	报酬 酬谢 赏金 奖赏
reword	重述
rework	重做 修订 修改
rewrit	改写
rex	雷克斯 国王 君主
reykja	雷克雅维克
reynar	狐狸
rf	射频
rhapso	狂喜 狂想曲
rhea	美洲鸵 苎麻
rhee	人名
rheme	表位
rhesus	恒河猴
rhetor	修辞 修辞学 雄辩
rhine	莱茵河
rhinit	鼻炎
rhino	现金 犀牛
rhinoc	犀牛
rhode	罗德岛
rhodod	杜鹃
rhubar	大黄
rhyl	里尔
rhyme	押韵 韵文
rhythm	旋律 节奏 韵律 匀称
rib	肋骨 笑话 戏弄
ribald	下流 粗俗
ribbon	缎带
ribcag	胸廓
ribofl	核黄素
riccar	人名
rice	米饭
rich	富裕 富饶 浓厚 贵重 丰富 充分
richar	理查德 理查森
richmo	里士满
richne	富裕 丰富 肥沃
richte	里克特
ricket	虚弱 摇摆
ricksh	人力车 黄包车
ricoch	跳弹
riddan	摆脱 除去 驱逐
riddic	人名
riddle	谜语 解谜
ride	骑马 乘坐 乘车 搭便车 压迫 控制
rider	骑手 附件 扶手
ridge	山脊 山脉
ridicu	荒谬 可笑
ridley	动物
rife	流行 盛传 充满
riffle	浅滩 急流 涟漪
riffra	流氓
rifkin	人名
rifle	来复枪 步枪 抢夺
riflem	步兵
rift	裂口 空隙 裂开 分开
rig	装备 装配 装扮 垄断 操纵
riga	里加
rigby	人名
right	权利 右边 正义 右派 公正 正确
righte	公正 正义 正直
rightf	合法 正直 恰当 正当
righth	右手
righti	右翼 右派
rightn	廉正 正直 公正
rigid	坚硬 刚性 严格 精密 刻板
rigidi	坚硬 僵化 刚性 刚度
rigmar	冗长
rigor	严格 严厉 苛刻 严酷 严密 精确
rigoro	严厉 严酷 严格 苛刻 严密 精确
rigour	严格 严厉 苛刻 严酷 严密 精确
rile	惹怒 焦急
riley	生气
rill	小河 小溪
rilla	人名 里拉
rim	轮缘 镶边
rimbau	人名
rime	白霜
rimles	无边
rimmer	人名
rind	树皮 外表
ring	戒指 角逐 小集团 铃声 钟声 声调
ringle	魁首 头目
ringma	导演
rink	溜冰场 溜冰
rinse	清洗 染发 染发剂
rio	里约
riot	暴动 喧闹 放纵 发动 纵情 放荡
rioter	暴民 暴徒
riotou	暴乱 放荡 骚动
rip	裂痕 破绽 浪子 裂开 猛冲
ripari	河岸
ripe	成熟 熟练 成年
ripen	成熟
ripene	成熟 圆通 完成
ripost	还击
ripple	涟漪 波纹
rippon	人名
riprap	乱石
riptid	急流 激流
rise	上升 增加 上涨 升高 出现 升起
riser	叛徒
risk	冒险 危险
riskin	危险
risky	危险
risley	人名
risque	伤风败俗
rite	仪式 典礼 惯例
ritual	仪式 典礼 宗教仪式
ritzy	豪华 时髦 讲究
rival	对手 竞争者 竞争
rivalr	竞争 对抗
rive	破碎 裂开 破裂
riverb	河岸 河床
riveri	河边
rivers	河边 河畔
rivet	铆钉 注目
rivule	小河
riyadh	利雅得
rizzo	人名
rn	皇家海军
road	道路 公路 途径 方法
roadb	路基
roadbl	障碍 障碍物
roadho	客栈
roadma	路标
roadsh	路演 巡回演出 团队
roadsi	路旁 路边
roadst	流浪者
roadwa	车道 道路 轨道
roald	人名
roam	漫游 闲逛 徜徉 漫步
roar	咆哮 轰鸣 叫喊 喧闹 呼喊
roast	烤肉 烘烤 嘲笑 烘焙
rob	抢夺 抢掠 剥夺
robber	抢掠 抢夺 强盗 盗贼
robe	礼服 披肩 覆盖物
robert	罗伯茨
robey	人名
robins	罗宾逊
robot	机械人
roboti	自动 机器人
robust	健康 强健 坚定 粗野
robyn	人名
roc	大鹏
rochef	人名
rock	岩石 石头 基石 暗礁 摇动 摇滚乐
rockef	洛克菲勒
rocker	摇杆
rocket	火箭 烟火 猛涨 飞驰
rocky	岩石 无情 摇动 摇晃
rococo	旧式
rodent	啮齿类 啮齿动物
rodger	罗杰斯 罗杰
rodo	人名
roe	鱼子 鱼卵
roger	罗杰斯
rogue	恶棍 流氓 小淘气 欺骗 游手好闲
roguis	流氓 无赖 恶作剧
roh	人名
roil	焦急
roker	鳐鱼
roland	罗兰
role	角色 职责 任务
roll	滚动 名单 案卷 压路机 起伏
roller	滚筒 压路机
rollin	人名
roma	罗马 罗马帝国
roman	罗马
romanc	虚构
romani	罗马尼亚
romant	浪漫 风流 夸大 空想
romany	吉普赛人
rome	罗马
ronan	人名
ronay	人名
rondo	回旋曲
ronni	人名
ronny	人名
roo	袋鼠
rood	十字架
roof	屋顶 遮蔽
roofli	屋顶 轮廓线
roofto	屋顶
rook	骗子
rooke	人名
rooker	贫民窟
rookie	新手
room	房间 空位 场所 住宿 居住 留宿
roomin	广阔
roomy	广阔 宽敞 宽大
roosev	罗斯福
roost	栖木 栖息 安歇
rooste	公鸡
root	根本 根源 基础 底部 扎根 固定
rooted	根深蒂固 牢不可破
rootst	根茎 根源 起源
rope	绞索
ropey	破旧 蹩脚 旧式
ropy	粘稠 强健
rosalb	人名
rosebu	蔷薇花蕾
rosema	迷迭香
rosen	罗斯
rosewo	红木
rosin	松香
roskil	人名
rossly	人名
rostov	罗斯托夫
rostru	讲坛 演讲
rot	腐烂 腐蚀 败坏 堕落 憔悴 腐朽
rota	值班
rotary	旋转 轮流
rotate	旋转 转动 轮流 循环
rotati	旋转 循环 轮流
rotavi	轮状病毒
rote	死记硬背
roth	罗斯
rother	人名
rothes	人名
rothsc	人名
rothwe	人名
rotor	转子
rotten	腐烂 恶臭 堕落 风化 虚弱
rotter	无赖
rotund	洪亮 华丽
rouble	卢布
rouen	鲁昂
rouge	口红 胭脂
rough	毛坯 梗概 草图 暴徒 艰难 粗糙
rougha	粗粮
roughn	粗糙 凹凸不平 无赖
roulet	轮盘赌
round	巡回 循环 一轮 范围 轮唱 球形
rounda	迂回 委婉
roundh	拘留所
roundn	圆形 球形
roundt	圆桌
roundu	集拢 综述
roundw	蛔虫
rourke	人名
rouse	觉醒 奋起 干杯 唤醒 鼓舞 激动
rousse	卢梭 哲学家
roust	驱逐 唤醒 鼓舞
rout	溃败 大败 乌合之众 打垮 唤起
route	路径 途径 路线
routin	常规 日常工作 惯例 例行公事 日常 乏味
rove	徘徊 流浪 飘忽不定
rover	流浪者 海盗
row	街道 划船 吵闹 参加 痛骂 争吵
rowboa	划艇
rowdy	吵闹
rower	桨手
rowlan	罗兰 人名
rowley	罗利
rowntr	人名
royal	王室 皇族 皇家 盛大 庄严
royali	保皇党
royalt	皇室 王权 庄严
roz	警察
rub	摩擦 困难 障碍 惹怒
rubber	橡皮 橡胶 按摩师
rubbis	废物 垃圾 胡说
rubdow	按摩
rube	乡巴佬
rubell	风疹
rubric	题目
ruby	红宝石 深红色
ruck	弄皱
ruckus	喧闹 骚动
ructio	吵闹 骚动
ruddoc	知更鸟
ruddy	红润 变红
rude	粗陋 粗暴 原始 大略 狂暴
rudene	无礼
rudge	人名
rudime	基本 起码 初步 残留 退化 基础
rue	懊悔 后悔 芸香 悲伤
rueful	可怜 悲伤 后悔
ruffia	恶棍 无赖 凶恶 残忍 残暴
ruffle	皱褶 波纹 生气 混乱 弄皱 触怒
rugby	橄榄球
rugg	崎岖 粗糙
rugged	险峻 粗暴 粗野
rugger	英式橄榄球
ruin	毁灭 推翻 废墟 衰败 破坏 破产
ruinat	毁灭 毁坏
ruinou	破坏性
rule	规则 统治 控制 支配 规律 标准
ruler	统治者 直尺 划线板
rum	朗姆酒 古怪 奇特
rumani	罗马尼亚
rumble	隆隆声
rumbol	人名
rumbus	喧闹
rumina	反刍 沉思 默想
rummy	朗姆酒 奇妙 古怪 酒鬼
rumor	谣言 传闻 谣传
rumour	谣言 传闻 谣传
rump	尾部 臀部
rumple	弄皱 皱纹 皱褶
rumpus	喧闹 吵闹
runabo	流浪者 流浪
runaro	逃避 回避 闪避
runawa	逃跑 逃亡 逃走
rundow	裁减 梗概
rune	诗歌
runnel	小河
runner	跑步者 操作者
runny	松软 流鼻涕
runoff	径流 决赛
runty	矮小
runway	跑道 河床 过道
rupee	卢比
ruptur	破裂 断裂 裂开 决裂 不和
rural	乡下 田园
ruse	计策 谋略 诡计
rush	匆促 冲进 急流 灯心草 赶紧 涌现
rushto	人名
russ	俄国 俄国人
russet	简朴
russia	俄国人 俄语 俄国 俄罗斯
rust	生锈 衰退 腐蚀
rustic	乡下人 乡巴佬 乡村
rustle	急忙 活跃分子
rusty	生锈 腐蚀 生疏 顽固 腐烂
rut	凹槽 常规 惯例 发情期 交尾 发情
rutaba	芜菁甘蓝
ruth	怜悯 悲哀
ruthle	无情 残忍 毫不留情 彻底
ruthve	人名
ruud	人名
rw	卢旺达 阁下
rwanda	卢旺达
rx	处方
ryan	赖安
ryde	人名
rye	黑麦
ryker	人名
sa	救世军 南非 南美 性感
saad	萨德
saatch	人名
sabah	沙巴
sabbat	安息日 休假
saber	军刀 骑兵
sable	黑貂 丧服 黑色 昏暗
sabota	怠工 破坏活动 破坏 妨害
sabre	军刀 骑兵
saccha	糖精 奉承 讨好 和颜悦色
sach	萨克斯
sachet	小袋
sack	洗劫
sackcl	麻衣
sacr	神圣 庄严 祭祀
sacral	祭典 圣礼 神圣 骶骨
sacram	圣礼 圣事 誓言 宣誓 圣餐 神圣
sacrif	牺牲 供奉 祭品 祭祀 贱卖 献祭
sacril	冒渎
sacrum	骶骨
sad	忧愁 悲哀 悲痛 悲惨 悲伤
sadat	萨达特
saddam	萨达姆
sadden	忧愁 悲哀
saddle	马鞍 负担
sade	萨德
sadhu	圣人
sadism	虐待狂 残忍
sadist	虐待狂
sadler	人名
sadnes	悲哀 悲伤
safari	旅行
safe	保险箱 安全 可靠 平安 稳健 确实
safegu	保卫 保护
safeke	保护 保管
safety	安全 保险 平安 保护 防护
safflo	红花
saffro	藏红花
sag	下垂 倾斜 萎靡 萧条
saga	传说
sagaci	睿智 聪敏 聪明 贤明 伶俐
sage	圣人 哲人 贤明 明智
saggy	松懈 下垂
sagitt	人马座
sago	西米
sahara	撒哈拉沙漠
saigon	西贡
sail	帆船 航程 航行 启航
sailbo	帆船
sailor	水手 船员 海员
saint	圣徒 圣人 神圣
sainth	圣徒
sake	缘故 理由
sakhar	人名 萨哈罗夫
sal	突击 出击 远足 出发
sala	大厅
salaam	问安
salabl	适销 畅销
salaci	好色 猥亵 黄色
salad	色拉
salama	火蜥蜴 萨拉曼卡
salary	薪水
sale	销售 出售 拍卖 销售额
saleab	适销 畅销
salem	礼拜堂
salero	销售额
salesc	店员
salesg	女店员
salesm	售货员 推销员
salesp	售货员
salesw	女店员
salien	显著 突出 跳跃
salim	沙林
saline	苦涩 组成 盐湖 盐田 生理盐水
salini	盐度
saliva	唾液 唾沫 流涎
salle	大厅
salmon	鲑鱼
salon	大厅 客厅 沙龙 画廊 美容院 发廊
saloon	大厅 沙龙 酒吧 会客室
salt	风趣 刺激 辛辣
saltpe	硝石 硝酸钾 硝酸钠
salty	海洋 辛辣
salubr	健康
saluta	有益 有用 招呼 问候
salute	行礼 致意 问候 迎接 赞扬 招呼
salvad	萨尔瓦多
salvag	抢救 打捞 营救
salvat	拯救 救助 救世
salve	油膏 药膏 安慰 缓和 抢救 打捞
salver	托盘
salvia	鼠尾草
salvo	齐射
samana	沙门
same	相同 同样
samene	相同 同样 千篇一律
sammy	傻瓜
samoa	萨摩亚
sampan	舢板
sample	样品 范例 样本 抽样 尝试
samson	大力士 参孙
samuel	塞缪尔
samura	武士
sanato	疗养院 疗养所 静养
sancti	核准 制裁 处罚 约束力 认可 同意
sanctu	避难所
sand	沙子 沙滩 光阴 生涯
sandal	凉鞋 拖鞋
sandba	沙袋 沙洲 沙滩 沙坝
sandbl	喷砂
sandbo	沙盒
sandca	沙堡
sandhi	沙丘鹤
sandpa	砂纸
sandpi	沙坑
sandra	桑德拉
sandst	沙岩
sandwi	三明治 插入
sandy	沙地
sane	稳健 合理
sangui	乐观
sanita	卫生 维持 卫生设备 疗养院 休养 疗养所
saniti	消毒 无害
sanity	头脑清楚 通情达理
sankey	人名
sanskr	梵语
sanson	人名
santa	圣诞老人
santan	桑坦德
santia	圣地亚哥
santo	圣者
sap	树液 体液 活力 坑道 警棍 衰竭
sapl	树苗 小树
sapphi	天蓝色 蓝宝石
sappy	精力充沛
saraje	萨拉热窝
sarawa	沙捞越
sarcas	挖苦 讽刺 讥讽
sarcom	肉瘤
sarcop	石棺
sardin	沙丁鱼 撒丁岛
sardon	嘲笑 冷笑 讥讽 讽刺
sarge	警官 军士
sari	莎丽
sark	衬衣
sarong	围裙
sartor	裁缝
sartre	萨特
sarum	塞勒姆
sash	肩带 腰带
sashay	行走 漫步 探身
sashim	生鱼片
sass	顶嘴
sassy	无礼 时髦
satan	撒旦 魔鬼
satani	穷凶极恶 邪恶 罪恶
satche	书包 人名
sate	厌腻
satell	人造卫星
satiat	饱足 厌腻 满足
satiet	满足 厌腻
satin	缎子 光滑
satiny	柔软 光滑
satire	讽刺
satiri	讽刺 讥讽 挖苦
satisf	满足 满意 赔偿 赎罪 符合 确信
satura	渗透 浸透 充满 饱和 饱和脂肪酸
saturd	星期六
saturn	土星 繁荣昌盛 黄金时代
satyr	好色之徒
sauce	酱油 调味汁
saucep	炖锅
saucy	莽撞 活泼 漂亮
saudi	沙乌地阿拉伯
saul	索尔
saunte	闲逛 漫步
sausag	香肠 腊肠
saussu	索绪尔
savage	野蛮 无礼 残酷 原始 粗鲁 原始人
savann	大草原
savant	学者 专家
save	解救 挽救 储蓄 保存 节省 保留
savile	人名
savill	人名
savior	救世主 救星
saviou	救世主 救星
savor	滋味 气味 食欲
savory	可口 开胃菜
savour	滋味 气味 食欲 品味
savvy	理解 领悟 机智 悟性
sawhor	锯木架
sawmil	锯木厂
sawtoo	锯齿
sax	萨克斯管
saxon	撒克逊人
saxoph	萨克斯管
say	说明 指明 意见 发言权
sayona	再会 再见
sca	鳞状 积垢
scab	恶棍 工贼 结痂
scabby	结痂 下贱
scabro	粗糙 猥亵
scad	许多
scaffo	脚手架
scalar	数量
scald	烫伤
scale	刻度 衡量 比例 比例尺 等级 规模
scalli	青葱 大葱 韭菜
scallo	扇贝
scalp	头皮 战利品
scalpe	解剖刀
scam	骗局 诡计 故事
scamme	骗子
scamp	流氓
scampe	蹦跳 奔跑 浏览
scan	审视 浏览 扫描 细看 押韵
scanda	丑闻 中伤 耻辱 反感 流言蜚语
scandi	斯堪的纳维亚
scanne	扫描仪
scant	不足 减少 吝啬 限制 藐视 忽略
scanti	缺乏 吝啬 狭窄
scanty	缺乏 不够 狭小 吝啬
scapeg	替罪羔羊 替身
scapul	肩胛 肩胛骨
scar	疤痕 伤痕 悬崖 结疤 愈合 痊愈
scarce	仅仅 难得 稀罕 缺乏
scarci	缺乏 不足 缺少
scare	惊吓 恐慌 受惊
scarec	稻草人
scarf	围巾 头巾 领带 领巾
scari	可怕
scarle	猩红色
scarp	悬崖
scarpe	逃跑 跑掉
scary	胆小 提心吊胆
scat	拟声唱法
scath	伤害 损伤 严厉
scathi	严厉 尖刻
scatte	消散 分散 散播 散射 散布 酒馆
scatty	轻率 愚蠢
scaven	清道夫 食腐动物 打扫 清除 清扫
scenar	情节 剧本 方案 事态
scene	情景 镜头 道具 布景 景色
scener	风景 景色
scenic	戏剧性 舞台 布景
scent	气味 香味 香水 踪迹 痕迹 线索
scepte	王权
scepti	怀疑
sceptr	王权
schade	幸灾乐祸
schedu	时间表 一览表 议事日程 预定 安排
schell	人名
schema	概要 图解 略图
scheme	方案 计划 组合 系统 图解 诡计
schill	先令
schism	分裂 分立 分离
schist	片岩
schizo	精神分裂症
schlep	拖曳 笨蛋
schles	人名
schloc	蹩脚 廉价
schmal	伤感 煽情
schmei	人名
schmid	施密特
schmoo	闲谈
schmuc	笨人
schnap	烈酒
schola	学者 学问 奖学金 有学问 博学 好学
school	学校 鱼群 门派 学派 教育 训练
schope	叔本华
schram	人名
schrod	人名 施罗德
schtic	特色
schulz	人名
schuma	舒马赫 舒曼
schust	人名
schwar	施瓦辛格
sciati	坐骨 坐骨神经 坐骨神经痛
scienc	科学 学科 学问 自然科学
scient	科学家 科学 系统
scinti	火花 闪烁 微量
scion	接穗 子孙
scipio	人名
scisso	删除 削减 剪刀
sclero	硬化 僵化 巩膜
scoff	嘲笑 愚弄 笑柄 食品 嘲弄 贪吃
scold	责骂
sconce	头盔 遮蔽
scone	烤饼
scoop	铲子 勺子 汲取 挖空
scoot	奔跑
scoote	踏板车
scope	范围 机会 广度 眼界
scorch	烧焦 枯萎 讽刺 大热天
score	得分 刻痕 乐谱 起跑线 终点线 大量
scorer	记录员
scorn	轻蔑 藐视 嘲笑
scornf	鄙视 轻蔑
scorpi	蝎子
scot	税赋
scotch	刻痕 伤害 镇压 妨碍
scotla	苏格兰
scound	恶棍 卑鄙
scour	擦亮 洗涤 清洗 冲刷 腹泻 洗涤剂
scourg	灾祸 鞭打 痛斥 蹂躏
scout	守候 侦察 搜索 侦察员 侦察机 巡视
scowl	皱眉 绷着脸 怒视
scrabb	摸索 挣扎
scragg	蓬乱 骨瘦如柴 瘦弱
scramb	攀缘 爬行 抢夺 混乱 争夺 拼凑
scrap	碎片 残余物 些微 片断 吵架 扔弃
scrapb	剪贴簿
scrape	困境 刮掉 擦掉 擦伤 积蓄
scrapp	杂凑 坚决 拳击手
scratc	擦伤 乱写 起跑线 碰巧 凑合
scrawl	乱写
scrawn	骨瘦如柴
scream	尖叫 大笑
screen	银幕 屏风 屏蔽 筛子 掩蔽 放映
screw	螺旋 螺杆 螺钉 螺旋桨 吝啬鬼 调节
screwb	怪人 疯子 怪僻
screwd	螺丝起子
screwy	螺旋形 扭曲
scriba	抄写
scribb	乱写
scribe	文书
scrimm	混战
scrimp	不足 吝啬
scrip	便条 纸条 纸片
script	手迹 手稿 正本 手写体 圣经 铭文
scrive	公证人
scroll	卷轴 画卷 名册 条幅 滚动
scrotu	阴囊
scroun	乞讨 搜寻 东张西望
scrub	矮树 矮人 擦掉 摩擦 次等 矮小
scrubb	矮小
scruff	肮脏 破旧 褴褛 颈背 后颈
scrump	可口 绝妙 缩紧
scrunc	碾碎 缩紧 蜷缩
scrupl	踌躇 犹豫 微量
scrupu	严谨 一丝不苟 用心 准确 小心翼翼 审慎
scruti	细看 监视 审查
scud	飞奔
scuff	磨损 拳打 攻击
scuffl	扭打 混战 敷衍了事
scull	划船
sculpt	雕刻 雕塑 雕刻家
scum	糟粕 熔渣 撇去
scumba	避孕套
scummy	下流
scurri	下流
scurry	急转 阵雨
scurvy	下流 卑鄙 无礼 坏血病
scuttl	天窗 凿沉 毁坏 谣言
scutum	鳞甲
sdp	社会民主党
se	种子 萌芽 子孙 精液 结实 播种
sea	海洋 海浪 大量
seab	海底 海床
seabir	海鸟
seaboa	海岸 海边
seabro	人名
seacoa	海岸 沿岸
seafar	航海 船员 航海家
seaflo	海底
seafoo	海味 海鲜 鱼类
seagra	海草
seahor	海马
seal	印章 封条 海豹 保证 批准 象征
seam	接缝 伤疤 缝合 接合 裂开
seaman	船员 海员 水兵
seamer	缝纫机
seamle	无缝
seamy	丑恶
sean	肖恩
seance	会议
seapla	水上飞机
seapor	海港 港口城市
sear	枯萎 凋谢 烤焦 干枯
search	搜寻 查究 搜查 探求 调查 搜索
searle	人名
seasca	海景
seasho	海岸 海滨
seasic	晕船
seasid	海边 海滨
season	季节 时节 时期 成熟 老练 缓和
seat	座位 位子 席位 所在 坐下 就座
seaton	人名 西顿
seattl	西雅图
seawal	防波堤
seawat	海水
seawe	海草 海藻
seb	赛博
sebace	脂肪
sebast	塞巴斯蒂安
secede	分离
secess	脱离 分离
seclud	隔离 孤立 隔开
seclus	隔离 隐退
second	瞬间 支持者 助手 第二 其次 次要
secord	人名
secrec	秘密 保密
secret	秘书 书记 大臣 秘密 机密 秘诀
sect	宗派 教派
sectar	宗派 党派 偏狭 宗派主义
sectio	部分 区域 截面 扇区
sector	扇形 部门 部分
secula	世俗 现世 长期
secure	安心 安全 可靠 保险 固定 获得
securi	安全 安全性 保安 可靠性 抵押品 保证金
sedan	轿车 轿子
sedate	沉着 镇静 安静 安详
sedati	安静 镇静 镇静剂
seddon	人名
sedge	莎草
sedime	沉淀物 沉积
sediti	暴动 骚动 煽动性
seduce	怂恿 引诱 诱奸
seduct	诱惑 引人注意 有魅力
seeboh	人名
seedb	苗床
seedl	秧苗 树苗
seedle	无核
seedy	破烂 肮脏
seek	寻求 寻找 探索 追求 搜索 请求
seem	似乎
seep	渗出 渗流 小泉
seepag	渗漏 渗出物
seer	先知
seesaw	跷跷板 交互
seethe	沸腾 煮沸 浸透 翻腾
sefton	人名
segmen	片段 部分 分节 分割 分裂
segreg	隔离 偏析 种族隔离
segue	继续
seigne	领主
seismi	地震
seismo	地震学家 地震仪
seize	抓住 逮捕 俘获 没收 扣押 掌握
seizur	捕获 夺取 占领 没收 充公
selass	人名
selbor	人名
selby	人名
seldom	稀少
sele	人名
select	选择 极好 挑选 选择性
self	自己 自我 本性 本质 私心 本人
selfho	自我 个性 人格
selfis	自私 利己主义
selfle	无私 忘我
selfsa	同一
sell	背叛 销售 出卖 失望
sellar	人名
sellou	脱销 客满 背叛 出卖
seltze	苏打水
semant	语义
semaph	信号 旗语
sembla	外表 伪装 假象 少量
semen	精液 精子
semest	学期
semici	半圆形 半圆
semico	半导体
semifi	半决赛
semina	神学院 发源
semiot	符号学 症状
semipr	半宝石
semiti	犹太人
semito	半音 半音程
semitr	亚热带
sen	传感器
senate	参议院 评议会
senato	参议员 理事
send	发送 进入 派遣 发射 陷于 播送
sender	寄件人
senega	塞内加尔
senesc	老朽 衰老 管家
seng	人名
senile	高龄 衰老 老年期
senili	高龄 老迈 老态龙钟
senior	年长 高级 资深
senna	番泻叶
senor	先生 绅士
sensat	感觉 轰动
sense	感应 感觉 感官 意识 观念 情理
sensel	无意识 不省人事 无知觉
sensib	敏感 明智 感性 感觉 情感 聪明
sensit	敏感 易感 灵敏 感光 灵敏度
sensor	传感器 知觉 感觉
sensua	肉欲 感觉 淫荡 好色 官能
sensuo	敏感 知觉
senten	句子 命题 宣判 判决
sentie	意识到
sentim	感情 感伤 情操 情绪 感想 意见
sentin	哨兵 标记 警戒 守卫
sentry	哨兵 看守 站岗 放哨
seoul	汉城
sep	九月
separa	分开 各别 单独 分隔 隔开 分居
sepia	乌贼
sept	氏族
septal	隔膜 氏族
septem	九月
septic	腐败 败血症
septum	隔膜
sepulc	坟墓 埋葬
sequel	继续 续集 后果
sequen	序列 顺序 连续
seques	隐退 隔绝 扣押 没收
sera	血清
seraph	纯洁
serb	塞尔维亚
serbia	塞尔维亚
sere	干枯
serena	小夜曲
serend	才能
serene	宁静 沉着 安详 晴朗 平静
sereni	宁静 沉着 晴朗
serf	农奴 奴隶
serfdo	奴役
serge	哔叽
sergea	军士
serial	连续 一连串 连载
serif	衬线
seriou	严肃 认真 重要 严重 严重性
sermon	说教 启示 布道
seroto	血清素
serpen	巨蛇座 阴险 迂回 蛇纹石 蜿蜒
serran	人名 墨西哥辣椒
serri	密集 林立
serum	血清 乳清
servan	仆人 公务员 雇员
serve	服务 经历 招待 供应 送交 对待
server	服务器
servic	服务 贡献 雇佣 公职 服役 功劳
servil	奴隶 奴性
sery	串联 序列 连续 系列 丛书 级数
sesame	芝麻
sessio	期间 会议 学期
setbac	挫折 退步 逆流
sethe	人名
sett	洞穴
setter	调节器 眼线
settle	决定 整理 安放 定居 平静 支付
setup	装备 组织 计划 机构 调整 设置
seurat	人名
sevent	七十 十七 七分之一
sever	切断 脱离 分开 分离 断绝 中断
severa	几个 一些 各自
severe	严格 尖锐 严肃 严重 严厉 朴素
severi	严格 朴素 激烈
sevill	塞维利亚
sew	缝纫 缝合
sewage	脏水 污水
sewer	下水道 阴沟 裁缝师
sewera	污水
sex	性别 性欲
sexine	性感
sexism	性别歧视
sexles	无性 中性
sexolo	性学
sextan	六分仪
sexual	性别 性征 性行为 性欲
sexy	色情
seyche	塞舌尔
shabbi	不体面 卑鄙 吝啬
shabby	低劣 破旧 吝啬 卑鄙
shack	陋屋 居住
shackl	桎梏 束缚
shad	西鲱
shade	阴暗 灯罩 浓淡 微量 渐变 遮蔽
shadow	阴影 影子 影像 阴暗 幽灵 少许
shady	荫凉 阴暗 隐蔽
shaft	箭杆 矿井 利用
shag	蓬松 杂乱
shai	人名
shaikh	酋长 族长
shake	摇动 震动 动摇 挥舞 发抖
shaked	整顿 调整 试航
shakes	莎士比亚
shaky	震动 摇晃 动摇
shale	页岩
shallo	浅滩 肤浅
sham	赝品 骗子 哄骗 伪造 假装 冒充
shambl	蹒跚
shame	羞耻 羞愧 耻辱 侮辱
shamef	可耻 丢脸 不道德 淫猥 猥亵 不体面
shamel	不知羞耻 无耻
shampo	洗头 洗发剂
shamro	天蓝 三叶草
shan	掸邦
shane	谢恩
shangh	上海 拐骗 胁迫
shanty	棚户区
shape	形状 形态 外形 形式 身材 成形
shapel	不定形 破相
shard	鞘翅
share	部分 参与 参股 份额 均分 分担
shareh	股东
sharer	参与者
shark	鲨鱼 骗子 诈骗
sharp	利刃 骗子 锋利 明显 敏锐 急剧
sharpe	夏普 尖锐 敏捷 加重 削尖 尖锐化
sharpi	骗子
sharpn	锐利 严厉 疾速
sharps	神枪手 奸商
shatte	碎片 粉碎 落叶 喷洒 打碎 散开
shaun	肖恩
shave	修面 刮胡子 幸免 剃刀 修剪 掠过
shaver	刨刀
shawl	披肩 围巾
shear	修剪 切变 剥夺 横越 切断
shearm	人名
sheath	叶鞘 覆盖
sheban	事情 工作 陋屋 住所
sheeha	人名
sheen	光辉 光彩 光泽 发光
sheeph	牧羊人
sheepi	怯懦 羞怯 愚蠢 懦弱
sheeps	羊皮纸 文件
sheer	绝对 全然 纯粹 透明 峻峭 偏转
sheet	床单 纸张 印刷品 裹尸布 薄片 遍布
sheik	酋长 王子 村长 族长 教长 导师
sheikh	酋长 王子 村长 族长 教长 导师
sheila	姑娘 小姐
shekel	财富 硬币
shekha	人名
shelf	架子 搁板
shelfo	人名
shell	贝壳 外形 炮弹 脱落 炮轰 剥落
shella	虫胶 殴打
shellf	炮火
shelte	庇护所 避难所 庇护 掩蔽 保护 隐匿
shelve	搁置
shenan	鬼把戏 诡计 淘气 恶作剧 胡闹
shephe	牧羊人 牧羊犬 牧师 保护者 看守 领导
sherd	碎片 破片
sherif	郡治安官
sherpa	夏尔巴人
sherry	雪利酒 葡萄酒
shetla	设得兰群岛
shevar	人名
shew	表示 展览 炫耀 外观 假装 出示
shia	什叶 什叶派
shiats	指压
shiel	人名 希尔
shield	保护者 屏蔽 保护 遮蔽 庇护 避开
shift	变化 移动 轮班 手段 移位 替换
shifte	领班 开关
shiftl	偷懒 不中用 无能
shifty	变化
shih	人名
shiita	香菇 香蕈
shill	先令
shimme	微光 闪光 闪烁
shimmy	摇晃 振动 颤动
shin	胫骨
shindi	喧哗 盛大舞会
shine	光泽 阳光 发光 照耀 发亮
shiner	钱币 金钱
shiny	发光 辉煌 磨光 磨损
ship	装船 运送 上船 乘船
shiplo	船货 大量
shipma	船员 水手 船长
shipme	装船 出货
shipow	船主
shipsh	整整齐齐 整洁 整齐
shipwr	遇难船 海难 毁灭 失事
shipya	造船厂
shirk	逃避 推卸
shirt	衬衫 内衣 汗衫
shirtl	赤膊
shirtt	幼小 远房
shite	粪便
shithe	笨蛋
shitle	极度 非常
shitty	劣等 较差
shiv	剃刀
shiver	颤抖 哆嗦 粉碎 战栗 碎块
shoal	浅水 浅滩 沙洲 鱼群 暗礁
shock	震动 冲突 震惊 冲击 突击 休克
shocki	极度
shockw	冲击波
shoddy	赝品
shoeho	鞋拔
shoela	鞋带
shoele	赤脚
shoema	皮鞋匠
shoest	鞋带
shoot	射击 狩猎 发射 发芽 急流 推力
shoote	射手 手枪
shooto	交火 枪战
shop	商店 工厂 车间 购物 选购
shopfr	店面 店堂
shopgi	女店员
shopke	零售商 店主 老板
shopwo	陈旧
shore	海岸 海滨 支撑 支持
shoreb	水鸟
shorel	海岸线
short	短期 简短 少量 突然 扼要 短片
shorta	不足 缺乏
shortc	缺点 短处
shorte	弄短 缩短 减少 缩小
shortf	不足
shorth	速记
shortn	简略 不足
shorts	近视 目光短浅
shortw	短波
shotgu	媒人
should	肩膀 肩负 负担 担任
shout	呼喊 喊声 喊叫 高喊
shove	强使
show	显示 表现 展览 卖弄 炫耀 外观
showbi	娱乐界
showdo	摊牌 暴露 紧要关头
shower	阵雨 淋浴 一阵 淋湿 倾注
showpi	样品
showpl	名胜 剧院
showro	陈列室
showy	艳丽 炫耀
shr	碎布条 少量 撕碎
shrapn	零钱 榴霰弹 弹片
shredd	碎纸机
shrew	泼妇
shrewd	精明 锐利 剧烈 机灵 厉害
shriek	尖叫
shrift	忏悔 招认 承认
shril	刺耳
shrill	尖锐 刺耳
shrimp	小虾 矮子
shrine	神龛
shrink	收缩 萎缩 回避 退缩 缩小
shrive	起皱纹 枯萎 束手无策
shroud	寿衣 覆盖物 遮蔽 隐藏 覆盖
shrub	矮树 灌木
shrubb	灌木 灌木林
shrug	耸肩
shtick	特色
shuck	外皮 脱去
shudde	战栗 发抖
shuffl	混乱 蒙混 拖曳 推诿 洗牌
shultz	人名
shun	避开 规避 避免
shunt	转轨 分流 推延 往返
shunte	扳道员
shush	嘘声
shutdo	关门 停工 停机
shutof	遮断 停止
shutou	关厂 停业
shutte	百叶窗
shuttl	穿梭 梭子
shy	惊跳 胆怯 畏缩 迟疑 羞怯 厌恶
shyloc	夏洛克
shynes	羞怯 胆怯
shyste	讼棍
siam	暹罗
siames	暹罗 暹罗语
sib	近亲 亲族 氏族
siberi	西伯利亚
sibl	兄弟 同胞
sici	西西里岛
sicili	西西里岛
sick	病人 不舒服 有病 恶心 厌恶 渴望
sicken	患病 厌倦 恶心 生病 作呕
sickle	镰刀
sickne	疾病 呕吐
sickro	病房
side	旁边 方面 血统 次要 同意 支持
sideba	工具条
sidebu	鬓角
sidehi	山坡
sideki	伙伴
sideli	副业 界线 兼职
sidelo	横向 间接
sidere	恒星
sidesh	杂耍
sidest	台阶 回避
sidewa	人行道 旁边
sidewi	保镖
sidi	黑人
sidle	挨近
sidney	西德尼
sidon	西顿
siege	包围 围攻
sien	人名
sienna	黄褐色 颜料
siesta	午睡 午休
sieve	筛子 滤网
sift	过滤 精选
sifter	筛子
sigh	叹息 渴望
sight	景观 视力 眼界 阅读 见解 意见
sightl	视线
sights	观光客
sigmar	人名
sigmoi	乙状结肠
sigmun	西格蒙德
sign	符号 招牌 征兆 正负号 手势 签名
signag	标记
signal	信号 暗号 近因 导火线 标志 显著
signat	签字 调号
signbo	招牌
signet	图章
signif	重要 有效 暗示 意味深长 重要性 意义
signor	绅士 男人 先生 夫人 太太 姑娘
signpo	路标
sihano	西哈努克
sike	小溪
sil	愚蠢 糊涂
silage	青贮
silenc	沉默 无声 静寂 湮没 缄默 安静
silent	沉默 安静 无声 静止 默默
silesi	西里西亚
silhou	影子 轮廓 剪影
silica	硅石 二氧化硅 硅酸盐
silk	丝织品
silken	柔软 圆滑
silki	温和
silky	柔滑
sill	基石 窗台 岩床
sillin	愚蠢 糊涂
silt	淤泥 淤塞
siltat	沉积作用 淤积
silty	淤泥
siluri	志留纪
silva	森林
silver	银币 银器 银制 镀银
simeon	西面
simian	类人猿 猴子
simila	相似 类似 相像
simile	明喻
simili	相似 外表
simmon	人名
simon	席梦思
simp	简单 只是 简直 简朴 坦白
simper	傻笑 痴笑
simple	简单 普通 朴素 单纯 绝对 初级
simpli	单纯 简朴 朴素 坦率 天真 简单化
simpso	辛普森
simula	模拟 模仿 假装
simult	一齐 同时
sin	犯罪 过失 失礼
sinai	西奈
since	既然
sincer	真诚 诚实 正直 真挚 纯净
sine	正弦
sinecu	闲职
sinew	肌肉 精力 体力 加强
sinewy	强壮 结实
sinfon	交响乐
sinful	有罪 不道德
sing	唱歌 演唱 歌颂
singap	新加坡
singe	烧焦 烤焦
singer	歌手
singh	辛格
single	单身 单程 单一 个别 孤独 专一
singso	单调
singul	单数 异常 单一
sinist	不吉利 凶恶 左边
sink	沟渠 下沉 沉没 下陷 减弱 衰退
sinker	铅锤
sinkho	污水坑
sinles	无罪 清白
sinner	罪人 无赖
sinton	人名
sinuou	弯弯曲曲 迂回 蜿蜒 弯曲 拐弯抹角 错综复杂
siobha	人名
sip	啜饮
siphon	虹吸管 抽取
sir	先生 阁下
sire	陛下 殿下 父亲 生殖 创作
siren	妖女 警报器 汽笛 诱惑
sirius	天狼星
sis	姐妹
sisson	人名
sissy	女孩子 胆小鬼
sister	姐妹 护士 修女
sisyph	徒劳
sit	就座 坐落
sitcom	情景喜剧
site	位置 场所 地点
situat	情形 境遇 位置 位于
sixtee	十六
sixth	六分之一
sixty	六十
size	大小 尺寸 规模 尺码 能力
sizeab	可观
sizzle	烧灼 咝咝声
sj	耶稣会
skank	讨厌鬼
skate	溜冰 冰鞋 滑冰
skedad	逃走
skeete	蚊子
skein	纠纷
skelet	骨骼 梗概 骨干 残骸 基层
skepti	怀疑 不可知论
sketch	素描 草图 小品
skew	歪斜 曲解
skewer	刺穿 讽刺
ski	滑雪
skid	刹住 打滑 刹车
skilfu	灵巧 熟练
skill	技术 技巧 技能 熟练 熟练工人
skille	煮锅
skillf	熟练 巧妙 精巧
skim	略读 掠过 浏览
skimme	剪嘴鸥
skimp	克扣 吝啬 不足
skimpy	不足 吝啬
skin	皮肤 剥皮 愈合 蜕皮
skink	石龙子
skinle	敏感
skinne	骗子
skinny	小气
skint	身无分文 穷光蛋
skip	跳跃 跳绳 遗漏 跳级 跳过
skippe	船长 机长 队长
skirmi	前哨战 小冲突 侦察 散兵
skirt	裙子 下摆 边缘 郊区 绕过 回避
skit	戏文
skitte	蹦跳
skitti	轻佻 三心二意 羞怯 活泼 活跃
skive	研磨
skivvy	女仆
skoda	斯柯达
skol	人名
skuldu	欺骗 欺诈 作假
skulk	偷懒
skull	头盖骨 头脑
skulld	欺骗 诡计 诈骗
skunk	臭鼬 讨厌鬼 惨败 欺骗
sky	天空 天色 天堂 高涨
skylar	云雀
skylig	天窗
skylin	天涯 地平线
skyroc	飞涨 焰火
skyscr	摩天楼
skywar	向上
skyway	航线
sl	抛掷 吊索 吊钩 吊起
slab	平板
slack	松弛 松懈 淡季 闲散 疏忽 无力
slacke	松弛 放松 放慢 减弱
slackn	懈怠
slag	熔渣 矿渣
slake	消除 清凉 熄灭
slalom	障碍滑雪
slam	猛然 猛攻
slande	中伤 诽谤
slang	俚语 辱骂
slant	倾斜 斜面 观点 偏见 歪曲
slap	掌击 侮辱 拍击 惩罚 正面 直接
slapst	闹剧 趣剧
slash	删减
slashe	泥刀
slate	板岩 页岩 人选 记录 石板 责骂
slathe	大量
slaugh	残杀 屠杀 杀戮 亏本出售
slav	斯拉夫语
slave	奴隶
slaver	奴隶制度
slavic	斯拉夫
slavis	奴隶 奴性 盲从 盲目
slavon	斯拉夫
slay	杀害 残杀
slayer	凶手
sleaze	肮脏
sledge	雪橇 大锤 强力 沉重打击
sleek	光滑 油嘴滑舌 圆滑 时髦 掩盖 滑动
sleep	睡眠 静止 昏迷 麻木 长眠 冬眠
sleepe	枕木 卧铺
sleepi	想睡 困倦 睡意
sleepw	梦游
sleet	雨夹雪
sleeve	袖子 套管
sleigh	技巧 诡计 熟练
slende	苗条 纤弱 微薄
sleuth	警犬 侦探
slice	一部分 菜刀
slick	光滑 熟练 聪明 华而不实 老套 陈腐
slickn	光滑 巧妙 花言巧语
slide	山崩 雪崩 幻灯片 滑动 滑落
slides	幻灯片
slight	些微 苗条 轻蔑 怠慢 轻微 纤细
sligo	人名
slim	苗条 微小 稀少 微薄
slime	烂泥
slimy	泥泞 讨厌
slings	弹弓
slink	早产
slinky	鬼鬼祟祟 苗条
slip	滑行 事故 差错 下降 后裔 板条
slipco	封套 套子 覆盖物
slippa	滑移 滑动
slippe	光滑 靠不住 圆滑 拖鞋
slipsh	破烂 马虎 潦草
slithe	滑动 滑溜
sliver	裂片 薄片 分裂
slob	软泥
slobbe	垂涎 流口水 口水
slobod	人名
slog	猛击 苦干 跋涉
slogan	标语 口号
slop	外衣 工作服 泥浆 污水 口若悬河 溢出
slope	倾斜 斜坡 斜率 逃走
sloppi	马虎 草率 凌乱
sloppy	泥泞 潮湿 粗心
slosh	泥泞
slot	水沟 位置
sloth	怠惰 懒惰
slothf	怠惰 懒惰
slouch	耷拉 笨人 低垂 没精打采
slough	泥沼 沼泽 腐肉 沉沦 脱落 抛弃
slovak	斯洛伐克语 斯洛伐克
sloven	斯洛文尼亚 邋遢 不修边幅 懒散 潦草 马虎
slow	慢慢 迟缓 缓慢 迟钝 冷漠 落后
slowdo	减速
slowne	缓慢 迟钝
sludge	软泥 泥泞
slug	鼻涕虫 懒汉 弹丸 重击 偷懒
sluggi	偷懒 懒惰 迟钝 懒怠 慢吞吞 不振
sluice	水门 水闸 蓄水 泄洪 冲洗 奔流
slum	贫民窟
slumbe	睡眠 静止 麻木
slump	暴跌 陷入 衰落
slur	连音符 诽谤 玷污 忽略 模糊不清
slurry	泥浆
slush	烂泥 胡说八道
slushy	融雪 泥泞 胡说八道
slut	荡妇
slutty	淫荡
sly	狡猾 俏皮 偷偷摸摸
smack	风味 滋味 少量 海洛因 咂嘴 猛然
small	小型 低微 小气 细微 些微
smalln	贫乏 小气
smallp	天花
smarmy	虚情假意
smart	聪明 漂亮 刺痛 剧烈 敏捷 巧妙
smarte	潇洒 整洁
smartn	敏捷 机灵
smash	打碎 粉碎 猛击 扣球 杀球 破产
smashe	摔跟头
smear	玷污 污点 污迹 污蔑
smeary	污染 油污
smel	发臭
smell	味道 气味 嗅觉 臭味 气息 察觉
smelte	熔炉
smidge	少量 一点点
smile	微笑 喜色 笑容
smilin	微笑 含笑
smirk	傻笑
smite	重击 击败 毁灭 侵袭 打动
smith	铁匠
smock	工作服 罩衫
smog	烟雾
smoke	雾气 抽烟 吸烟 冒烟 弥漫
smokel	无烟
smokes	烟囱 烟幕
smoky	冒烟
smolen	斯摩棱斯克
smooch	污迹 弄脏
smooth	平滑 平稳 流畅 和蔼 安祥 圆滑
smothe	窒息 抑制 覆盖 浓烟 杂乱无章
smudge	污点 脏污 弄脏 模糊
smudgy	脏污 模糊不清
smug	自以为是 自鸣得意 整洁 书呆子 沾沾自喜
smuggl	偷运 走私 私运
smut	污迹 弄脏
smutty	猥亵
smyth	史密斯
smythe	人名
snack	小吃 点心 快餐
snafu	混乱
snail	蜗牛
snake	迂回
snakes	蛇皮
snaky	弯弯曲曲 阴险
snap	争夺 折断 猛扑 申斥 快照 活力
snapdr	金鱼草
snappy	生气勃勃 时髦 爽快
snapsh	快照
snare	陷阱 诱惑 圈套
snarl	吼叫 怒骂 缠结 搞乱 咆哮 混乱
snatch	抢夺 攫取 片断 夺取
snazzy	华丽 时髦
sneaki	偷偷摸摸
sneaky	鬼祟 卑微
sneer	冷笑 嘲笑
sneeze	喷嚏 打喷嚏
snell	厉害 精明
snick	刻痕 削球 猛击
snicke	窃笑
snide	赝品 伪造 卑鄙 险恶 嘲讽 恶意
sniff	气息 蔑视 嗤之以鼻 发觉
snigge	窃笑 暗笑
snip	剪断 削减 删节
snipe	狙击 诽谤
snippe	片断 摘录
snippy	暴躁 傲慢
snit	发怒
snitch	告密 告发 告密者
snivel	流鼻涕 哭泣
snobbe	势利
snobbi	自命不凡 势利
snobby	势利
snodgr	人名
snog	接吻 爱抚
snooke	阻挠
snoop	调查 窥探
snooty	傲慢
snooze	小睡
snore	鼾声 打鼾
snort	喷出 吸入 喷鼻息
snot	鼻水 鼻涕
snotty	流鼻涕
snout	鼻子 烟草
snow	积雪 下雪 雪白
snowba	雪球 打雪仗
snowbo	滑雪板
snowde	斯诺登
snowdr	宪兵
snowfa	降雪
snowfi	雪原
snowfl	雪片 雪花
snowma	雪人
snowpa	积雪场
snowpl	雪犁
snowsh	雪鞋
snowst	暴风雪
snowy	下雪
snub	冷落 怠慢 斥责 制止
snuff	鼻烟 气味 扼杀 消灭 闻出
snuffl	鼻音 鼻息 鼻塞
snug	舒适 温暖 整洁 紧身 隐藏 紧密
snuggl	紧抱
soak	湿透 大雨 吸入 吸收 浸泡 渗透
soaker	倾盆大雨
soane	人名
soap	肥皂 阿谀
soapst	皂石
soapy	谄媚 圆滑
soar	高扬 翱翔 高耸
soare	人名
sob	啜泣 呜咽 哭诉
sober	稳重 节制 严肃 合理 朴素 醒酒
sobrie	戒酒 节制 一本正经 庄重
sobriq	绰号
sociab	社交 联谊会
social	社会 群居 社交 联欢会 社会主义者 社会主义
societ	社会 交往 社团
sociol	社会学 社会
sociom	社会经济
sociop	反社会
sock	短袜 鞋垫 重击 打击 正着 不偏不倚
socket	插座 眼窝
socrat	苏格拉底
sod	草皮 故乡
soda	苏打
sodden	饱含 迷糊
sodom	所多玛
sodomy	鸡奸 兽奸
soe	国有企业
sofa	沙发
sofia	索非亚
soft	温和 柔和 柔滑 温柔 软弱 纸币
softba	垒球
softco	平装
softne	柔和 温柔
softwa	软件
softy	傻子
soggy	浸水 沉闷
soil	土壤 国家 国土 温床 粪便 水池
soiree	晚会
sojour	逗留 旅居
sol	索尔
solace	安慰 抚慰 轻松
solar	太阳 日光
solari	日光浴室 日晷
solder	联结
soldie	军人 士兵 兵蚁 从军 尽职 偷懒
sole	脚掌 鞋底 底部 唯一 单独 独身
soleci	失礼
solemn	严肃 郑重 庄严
soleno	螺线管
solici	律师 掮客 请求 乞求 招揽 征求
solid	固体 坚硬 稳固 实心 立体 立方
solida	团结
solidi	凝固 团结 巩固 坚硬 坚固 稳健
solilo	自言自语 独白
solita	孤独 独居
solitu	孤独 单独 孤寂
solo	独奏 独唱 单独
solomo	所罗门 贤人
solsti	极限
solubi	可溶性 溶解度
solubl	溶解
solute	溶质
soluti	解决 解答 溶液
solve	解决 付给 溶解 求解
solven	溶剂
soma	身体 肉体
somali	索马里
somati	身体 肉体
somber	昏暗 阴天 严峻 忧郁
sombre	昏暗 阴沉 阴暗 忧郁 暗淡 浅黑
someho	不知何故
somepl	某处
somers	筋斗 翻筋斗
someti	有时 时常 往往 以前 改天 来日
somewh	几分 多少
somnol	想睡 催眠 困倦 瞌睡
son	儿子 女婿 子孙
sonar	声纳
sonata	奏鸣曲
song	歌唱 歌曲 诗歌
songbi	燕雀
sonic	音波 音速 声音
sonnet	十四行诗
sonny	宝贝
sonori	响亮
sonoro	响亮
sony	索尼
soon	不久 宁可
soothe	缓和 安静 安慰 奉承
soothi	抚慰 安慰 镇痛
sooths	螳螂
sooty	乌黑
sop	面包片 懦夫 浸湿 吸水 贿赂 渗透
soper	昏睡 酣睡
sophis	诡辩 老于世故 复杂
sophoc	索福克勒斯
sophom	一知半解
sophy	苏菲
sopori	催眠 想睡 安眠药
sopran	女高音
sorbon	巴黎大学
sorcer	巫术 魔术
sordid	肮脏 贪婪 卑鄙 恶劣 暗淡
sore	悲伤 痛处 溃疡
sorene	痛苦 悲伤 愤慨
sorghu	高粱
sorrel	栗色 酸模 酢浆草
sorrow	悲伤 不幸 懊悔 遗憾
sorry	难过 悲哀 遗憾
sort	种类 方式 品质 态度 举止 分类
sortie	出击 突围
sot	醉鬼 酗酒
sotheb	苏富比
soubri	绰号
souffl	杂音
soul	灵魂 心灵 精神 精髓 化身 典型
soulfu	高尚 深情
soulle	泄气
sound	声音 语音 吵闹 声调 海峡 健全
soundb	响板
soundl	无声 静悄悄
soundn	稳固 公正
soundp	隔音
soundt	声带
soup	马力 加速
sour	发酵 愠怒 讨厌 拙劣 厌烦 变坏
source	来源 水源 根源
south	南方
southa	南安普敦
southe	男风 东南
southw	西南 西南部
souven	纪念品
souza	人名
sovere	主权 元首 至高无上 国王 完全
soviet	苏维埃 苏联
sow	播种 散布 密布
sowerb	人名
soy	酱油 大豆
soybea	大豆
soymil	豆奶 豆浆
spa	矿泉
space	位置 空间 距离 太空 空白 间隔
spacem	宇航员
spacep	火箭 航天飞机
spaces	宇宙飞船
spacew	太空行走
spacio	广大 宽广
spade	铲子 黑桃
spain	西班牙
spam	垃圾邮件
spandr	拱肩
spangl	闪烁
spania	西班牙人
spanie	马屁精
spanis	西班牙人 西班牙语 西班牙
spank	拍击 飞跑 拍打
spanne	扳手
spar	争论
spare	剩余 备件 多余 备用 空闲 节约
sparer	排骨
sparin	节约 爱惜 吝惜 少量 贫乏
spark	火花 火星 闪光 活力 朝气 花花公子
sparkl	闪耀 火花 活力 发泡
sparky	活泼
sparro	麻雀
sparse	稀疏 稀薄
sparta	斯巴达 刚强 勇敢 好战 严峻 简朴
spasm	痉挛 抽搐 发作
spasmo	痉挛 抽搐 间歇
spasti	痉挛 突发
spate	泛滥 洪水 大雨 大量 一阵
spatia	空间
spatte	中伤 飞溅 少量
spatul	刮刀
spatz	人名
spawn	产物 产卵 酿成 大量生产
spe	速率 速度 迅速 加速 超速 快进
speak	说话 演说 发言 说出
speake	发言人 喇叭 扬声器
spear	父系
spearh	先锋队 带头
spearm	留兰香
spec	投机 规格 说明书
specia	专辑 专车 号外 特别 专门 特殊
specie	硬币
specif	特效药 特性 特殊 明确 特定 具体
specim	样品 标本
specio	似是而非
speck	斑点 污点 缺点 微粒 肥肉
speckl	点缀
specta	惊人 壮观 奇观 惊人之举 景象 眼镜
specte	幽灵 妖怪 凶兆
spectr	光谱 范围 系列
specul	沉思 推测 投机 深思
specy	外形
speech	演讲 说话 谈话 言语 引语
speedi	赶紧
speedo	速度计 里程计
speedw	汽车 高速公路
speedy	迅速
speke	人名
spell	符咒 魅力 轮值 轮班 工作时间 拼写
spend	花费 浪费 度过 消耗 消磨 用尽
spendt	浪费 挥霍无度
spense	斯宾塞
sperm	精液 精虫 抹香鲸
spew	呕吐 喷涌 呕吐物
spey	人名
sphagn	泥炭藓
spheno	楔形 蝶骨
sphere	球面 球体 天体 地球仪 范围 包围
spheri	球面 球状 天体
spica	角宿一
spice	香料 香气 调味品 情趣 少许
spicy	辛辣 下流
spider	蜘蛛
spiel	演说 高谈阔论
spielb	斯皮尔伯格
spier	侦探 密探
spiffy	出色 整洁 绝妙
spigot	龙头
spike	长钉 阻止
spill	溢出 木片 散落 流出 涌流
spilla	溢出
spillo	溢出
spin	旋转 自旋 疾驰 纺织 编造 纺纱
spinac	菠菜 货币 胡说八道
spinal	脊骨
spind	细长
spindl	纺锤 心轴
spine	背骨 脊柱
spinel	无脊椎 懦弱
spink	人名
spinne	矮林
spinoz	斯宾诺莎
spinst	老处女
spiny	麻烦 棘手
spiral	螺线 螺旋形 盘旋
spire	尖塔 尖顶 螺旋 突出 耸立
spirit	精神 心灵 灵魂 态度 志气 人格
spitba	纸团
spite	恶意 怨恨 欺侮
spitef	怀恨 恶意
spittl	唾沫
spitto	痰盂
splash	飞溅 污点 色斑 溅开
splatt	飞溅
splay	展开 张开 八字形 倾斜
spleen	脾脏 坏脾气 怨恨
splend	光亮 了不起 灿烂 壮丽 显著 杰出
spleni	脾脏
splice	接合 胶接 结婚
spline	齿条
splint	碎片 分裂 破裂 夹板 破片
splodg	污点
splotc	斑点 污点
splurg	炫耀 卖弄 挥霍
spoil	战利品 赃物 奖品 变质 次品 损坏
spoila	变质 糟蹋 损耗 损坏
spoile	掠夺者
spokes	发言人 代言人
sponge	海绵
spongi	海绵状
spongy	海绵状 多孔
sponso	保证人 教父 发起 赞助 倡议 主办
sponta	自然 自发 本能 自动
spoof	愚弄 戏弄 哄骗
spook	幽灵 惊吓 受惊
spooky	吓人
spool	线轴 缠绕
spoon	调羹 调情
spoonb	琵鹭
spoonf	一匙
spoor	痕迹 足迹
sporad	分散 零星
spore	孢子
sport	运动 游戏 娱乐 消遣 玩笑 戏弄
sports	运动员 冒险家
sporty	炫耀 华而不实 花哨
spot	污点 地点 斑点 娱乐场所 处境 少量
spotle	无可挑剔 纯洁 一尘不染
spotli	聚光灯
spousa	结婚 结亲 婚礼
spouse	配偶
spout	水龙卷 喷出 喷射 高谈阔论
spr	春天 弹簧 跳跃 弹性 活力 源泉
sprain	扭伤
sprat	西鲱
sprawl	爬行 蔓生 蔓延
spray	浪花 水花 喷雾 喷雾器 扫射 喷射
spraye	喷枪 喷雾器
spree	戏耍 喧闹 宴会 狂饮 狂欢
sprig	蔓生
sprigh	活泼 愉快
spring	春天 春季 初期 跳板 出发点 斯普林菲尔德
sprink	点缀 小雨 少量
sprint	冲刺
sprite	小妖 小鬼 妖精
spritz	汽水 汽酒
sprout	萌芽 发芽
spruce	云杉 整洁
spry	活泼 敏捷
spud	马铃薯
spume	泡沫 起泡沫
spunk	精神 勇气 引火柴
spunky	生气蓬勃
spur	马刺 刺激物 鼓舞 刺激 激励 前进
spurge	人名
spurio	假造 伪造 欺骗
spurn	拒斥 冷落 践踏 唾弃 藐视 摒弃
spurt	喷射 冲刺 喷出 迸发
sputni	人造卫星
sputte	语无伦次 喷出
sputum	唾液
spy	间谍 侦探 侦察 找出 发现 侦查
spywar	间谍软件
sq	正方形 平方 广场 直角尺 矩尺 纵横字谜
squab	矮胖 沉重
squabb	争吵 口角
squad	小集团
squali	污秽 肮脏 悲惨 可怜 卑劣
squall	喊叫 嚎啕 叫嚷 尖叫
squalo	肮脏 贫穷
squamo	鳞状
squand	浪费 分散 漂泊 四散
square	正方形 街区 广场 平方 直角尺 正直
squash	挤压 压扁 镇压 压制 挤入
squat	矮胖 蹲下 蹲伏
squaw	女人 妻子
squawk	夜鹭 发牢骚 诉苦
squeak	吱吱声 侥幸 告密 雏鸽
squeal	尖叫 抱怨
squeam	神经质
squeez	紧握 榨取 佣金 压榨
squelc	压碎 镇压
squib	爆竹 嘲讽 放爆竹 嘲弄
squid	枪乌贼 鱿鱼
squigg	弯弯曲曲
squint	斜视 倾向
squire	乡绅 大地主 护卫
squirm	蠕动
squirr	松鼠 贮藏
squirt	喷出 注射 水枪 注射器
squish	压扁
sri	斯里兰卡 神圣罗马帝国
sro	自律性组织
sse	上海证券交易所
st	刺痛 刺激 讽刺 苦恼
stab	剧痛 尝试 努力 刺痛 伤心 刺伤
stabil	安定 稳定性 坚实 巩固 稳固 稳定
stable	马房 牛棚 稳定 安定 坚固 坚定
stacca	断续
stack	堆叠 大量 书库 烟囱 堆积 堆满
staff	全体人员 棍棒 拐杖 支柱 权杖 职员
staffe	职员
stag	牡鹿
stage	阶段 舞台 场所 戏剧 驿站 脚手架
stager	老手 演员
stagfl	滞胀
stagge	蹒跚 踌躇 犹豫 摇摆 交错 错开
stagna	停滞 不景气 萧条 污浊 迟钝 淤塞
stagy	戏剧 夸大 做作
staid	认真 沉着 固定
stain	污染 污点 沾染 着色
staine	人名
stair	梯级 楼梯 阶梯
stairc	楼梯 梯子
stairw	楼梯 阶梯
stake	赌注 奖金 打桩 资助 打赌
stakeo	监视
stalac	钟乳石
stalag	石笋
stale	陈腐 疲惫 陈旧 走味 撒尿
stalem	僵局 僵持
stalen	泄气 腐败 陈腐
stalin	斯大林
stalk	追踪 高视阔步 蔓延 搜索
stall	货摊 拖延 停顿 推托 支吾 停止
stallh	摊贩
stalli	种马
stalwa	坚定
stamin	精力 活力 耐力 雄蕊
stamme	口吃 结巴
stamp	邮票 戳子 图章 标志 特征 类型
stampe	蜂拥
stance	位置 姿态
stanch	止血 坚固 防水 忠实 支柱 标柱
stand	站立 站住 停顿 讲台 看台 立场
standa	标准 规格 本位
stando	冷淡 平衡 和局 杰出 出色
standp	立场 观点
stands	停止 停顿
stanfo	斯坦福 斯坦福大学
stanle	斯坦利
stanna	人名
stansf	人名
stanto	斯坦顿
staphy	葡萄球菌
staple	常用品 原料 订书钉 钩环 主要 重要
star	恒星 运气 明星
starbo	右舷 右侧
starch	淀粉 浆糊 刻板 浆硬 古板
stardu	星团 幻觉
stare	注视 凝视 显眼
starfi	海星
starga	占星师 天文学家
stark	僵硬 完全 刻板 明显 荒凉 结实
starkn	严厉 严酷 明显
starli	星光
starry	多星 明亮
start	惊起 出发 开端 起点 吃惊 开始
starte	酵母
startl	惊愕 惊恐 吃惊 惊起
starva	饥饿 饿死
starve	饿死 挨饿
stash	隐藏处
stasi	停滞 斯塔西
state	状态 情形 国家 政府 领土 国务
statem	陈述 指令 声明
stater	金币
states	政治家
static	静电 静态 静止 固有
statio	车站 位置 地位 安置 配置 驻扎
statis	统计学 统计
stator	定子
statua	雕像
statue	雕像
statur	身材 身高 高度
status	状态 情形 地位
statut	法令 法定 法规 章程 条例
staunc	止血 坚固 坚强 忠实 忠诚 不透水
stave	梯级 棍棒 诗句 敲打 赶走 穿孔
stay	停留 逗留 制止 延缓 停止 支柱
stb	机顶盒
ste	战马
stead	代替 接替 有利 用处 好处
steadf	坚定 踏实 固定 不变 稳当
steadi	稳定
steadm	人名
steady	稳定 不动摇 沉着 稳固 坚定 经常
steak	牛排 鱼排
steakh	牛排餐厅
steal	剽窃 偷窃 窃取 便宜货 断球
stealt	秘密 鬼祟 掩人耳目 鬼鬼祟祟 暗地里 悄悄
steam	蒸汽 精力 蒸发 行驶 发怒 散发
steamb	汽船 轮船
steame	汽船 蒸汽机
steamr	压倒 压垮 压服 蒸汽压路机 高压手段
steams	汽船 轮船
steamy	蒸汽
stee	钢制
steel	钢铁 坚硬 坚固 钢制 坚强 冷酷
steelh	虹鳟
steep	浸渍 悬崖 险峻 陡峭 夸大
steepe	陡峭
steepl	尖顶 尖塔 越野赛跑
steepn	险峻
steer	引导 驾驶 航行 控制 掌舵 行驶
steera	统舱 掌舵 操纵 管理
steere	舵手
stefan	斯蒂芬
stela	石碑 石柱
stele	石柱 石碑
stella	星球 主要
stem	船首 血统 阻止 堵住 逆行
stench	恶臭 臭气
stenci	蜡纸
stenog	速记员
stenos	狭窄
step	步骤 步伐 短距离 步态 手段 等级
stepan	人名 斯捷潘
stepbr	异父 兄弟
stepfa	继父
stepha	斯蒂芬
stephe	斯蒂芬
stepmo	继母
steppa	继父 继母
steppe	大草原
stepsi	异父 姊妹
stepwi	逐步
stereo	陈规 老套 一成不变 立体照片 立体
steril	不毛 不孕 无菌 贫瘠 无效 枯燥
stern	尾部 船尾 严厉 严格 坚定 坚决
sternn	严格 严厉
sternu	胸骨
steroi	类固醇
sterol	甾醇 固醇
stetho	听诊器
steve	史蒂夫
steved	装卸工 脚夫
steven	史蒂文 史蒂文斯
stevie	史蒂夫
stew	烦恼 妓院 鱼塘 忧虑 焦虑
stewar	管理人 招待员 管家 乘务员
stewpo	炖锅
stick	插进 伸出 粘贴 停止 停留 坚持
stickb	游戏
sticke	屠夫 尖刀 难题
stickl	难题
sticky	顽固
stiff	坚硬 严厉 呆板 生硬 刚强 强烈
stiffe	变硬 僵硬 顽强 严厉
stiffn	坚硬 呆板 刻板
stifle	窒息 抑止 扼杀
stigma	耻辱 污名 烙印
stilet	短剑
still	寂静 剧照 蒸馏 平静 静止 不动
stillb	死产
stilln	静止 沉静
stilt	高跷 支柱
stimul	刺激 激励 鼓舞
stingi	吝啬
stingr	黄貂鱼
stingy	小气 吝啬 缺乏
stink	臭味 臭气
stint	节省 限制 停止 节约 吝惜 限额
stipen	薪金
stippl	点画
stipul	规定 保证
stir	骚动 轰动 搅动 监狱 移动 摇动
stirru	马镫
stitch	疼痛 针法 碎布条 缝合 装订
stocha	随机
stock	树干 祖先 血统 原料 备料 库存
stocka	栅栏
stockh	斯德哥尔摩 股东
stockm	证券市场 证券交易所 饲养员
stockp	储蓄 积蓄 库存 贮存
stockr	仓库
stockt	估量
stockw	人名
stocky	矮胖
stodgy	塞满 平凡 庸俗
stoic	禁欲主义 坚忍 淡泊
stoica	坚忍 禁欲主义 淡泊
stoici	禁欲主义 淡泊
stoke	司炉 大吃
stoker	司炉
stolid	迟钝
stomac	食欲 欲望 肚子 忍受
stomp	跺脚 践踏
stone	石头 宝石 果核 纪念碑 结石 完全
stonec	石工 石匠
stoneh	人名
stonem	石工 石匠
stonew	瓷器
stoney	石质 冷酷 无情
stoni	石头 冷酷
stony	无情
stooge	下手 助手
stool	凳子 大便 粪便 厕所 引诱 诱捕
stoop	佝偻 屈从 弯腰 堕落 弯曲
stop	停止 车站 逗留 填塞 障碍 音栓
stopga	权宜之计 暂时 权宜
stoppa	停止 中止 阻塞 阻碍 堵塞 故障
stoppe	闭嘴
stopwa	码表
storag	存储器 储藏 保管 库存 仓库
store	商店 贮藏 仓库 存储器 储存 供给
storef	店面
storeh	仓库 宝库
storek	店主
storer	储藏室 库房
storey	楼层 层楼
stori	分层
storm	暴风雨 骚动 风波 风暴 猛攻 猛冲
stormo	人名
stormy	暴风雨 粗暴 激烈
storr	人名
story	故事 小说 传奇 描述 阅历 经历
storyb	小说
stour	强壮 严厉 苛刻 吵闹 骚乱 粉末
stout	结实 矮胖 勇敢 激烈
stovep	大礼帽
stow	收藏 装填 贮藏 装满
stowag	装载 装货
stowaw	偷渡者
str	细绳 字符串 成串 收紧
strach	人名
stradd	观望
strafe	惩罚 损害
stragg	掉队 落伍 蔓延 散乱 散落
straig	直线 笔直 正直 直接 连续 整齐
strain	紧张 拉紧 张力 过劳 扭伤 血缘
strait	海峡 困境 困难 窘迫 狭窄
strake	轮箍 条纹
strand	海滨 河岸 搁浅 落后
strang	奇怪 陌生 生疏 不可思议 外行 外地
strap	皮带 捆扎
strasb	斯特拉斯堡
strat	人名 战略 战略家
strata	策略 计谋
strate	战略 策略 战略家
strati	成层 地层学
strato	同温层
stratt	人名
stratu	地层 阶层
straus	施特劳斯
straw	稻草 吸管 草帽 琐碎
strawb	草莓
stray	浪子 迷途 偶然 迷路 彷徨 流浪
streak	条理 斑纹 倾向 飞跑
stream	水流 小河 流出 趋势 人潮 流动
streat	人名
street	街道 马路 街区
streis	人名
streng	力量 实力 强度 浓度 人数 抵抗力
strenu	奋发 费劲 艰苦 勤奋 费力
strep	链球菌
strept	链球菌
stress	压力 紧迫 强调 重音 重点 应力
stretc	伸展 张开 连绵 弹性 曲解 延伸
striat	条纹 有条纹
strick	衰老 受灾
strict	严厉 绝对 详尽 严格 精确 确实
stride	大步 步态 进步 跨过
strife	争吵 竞争 冲突
strike	罢工 打击 殴打 撞击 冲击 侵袭
striki	显著 惊人 引人注目
string	迫切 严厉
strip	长条 脱衣舞 剥夺 拆卸 脱衣服
stripe	斑纹 条纹
stripp	剥皮器
stript	脱衣舞
stripy	有条纹
strive	努力 奋斗 斗争
strobe	闪光
stroke	中风 冲程
stroll	闲逛 漫步
stroma	基质 底座
strong	强壮 坚固 坚强 强烈 有力 优良
strop	滑索
stropp	蛮横 刁蛮
struct	结构 构造 建筑物 构成 组织 建筑
strugg	斗争 努力 奋斗 挣扎
strum	弹拨
strut	高视阔步 支柱 肿胀 炫耀
stub	断肢 烟蒂 树桩 残余 存根
stubbl	残株
stubbo	顽固 执拗 棘手
stucco	粉刷
stud	大头钉 领扣 种马 镶嵌 点缀 散布
studen	学生 研究者 学者
studio	工作室 画室 演播室
study	学习 研究 学科 论文 求学 书房
stuff	原料 要素 东西 材料 素质 织品
stuffi	闷热 自负
stuffy	闷热 窒息 乏味 自以为是
stukel	人名
stumbl	绊倒 失足 困惑 失策 犯错 蹒跚
stump	残株 树桩 烟蒂 砍断 挑战 难住
stumpe	难题
stun	昏迷 震惊 猛击
stunni	绝妙 极好
stunt	特技 绝技 花招 噱头 手腕
stupa	佛塔
stupef	麻醉 惊呆 昏睡 昏迷
stupen	惊人 巨大
stupid	愚蠢 麻木
stupor	麻木
sturdi	强健 坚固 强壮 坚强 坚毅
sturdy	强健 健全
sturge	鲟鱼 人名
stutte	口吃 结结巴巴
stuttg	斯图加特
sty	猪栏 猪圈
stygia	幽暗 不可侵犯
style	风格 时尚 文体 风度 字体 类型
styler	发型设计师
stylis	流行 潇洒
styliz	因袭
stylus	唱针
stymie	为难 妨碍 阻挠 阻碍
stymy	为难 妨碍 阻挠 阻碍
styren	苯乙烯
suasio	说服 劝告
suave	柔和 温和 文雅 温文尔雅 讨好
sub	部下 潜水艇 订户 傻子 附属 次级
subalt	部下 中尉 下级
subaru	斯巴鲁
subass	部件
subcha	分节
subcla	亚纲 子集
subcom	小组委员会
subcon	下意识 潜意识 次大陆 转包
subcut	皮下
subdiv	细分 分部
subdue	服从 压制 减弱 抑制 克制
subfam	亚科
subgen	亚种
subgro	子群
subhea	小标题 副标题
subjec	科目 主题 臣民 主语 题目 学科
subjug	征服 镇压 平息 服从 抑制 克制
subjun	虚拟语气
sublim	高尚 壮观 卓越 提高 纯化 升华
submar	潜水艇
submer	浸水 陷入 淹没
submis	屈服 服从 谦恭 呈递 提交 意见
submit	服从 受到 委托 提交 认为 屈服
subnat	地方
subnor	低能
subord	属下 附属物 下级 次要 附属 服从
suborn	怂恿 收买
subpoe	传票 传唤
subrou	子程序
subsca	内部 氧化物
subscr	捐献 订金 订阅 签署 同意 赞成
subsec	分部 分区 分支
subseq	后来 随后
subser	有帮助 有用 奉承 奴性 谄媚
subset	子集
subsid	子公司 附件 辅助 次要 津贴 补助
subsis	生存 生活
subspe	亚种
substa	实质上 物质 结实 实质 主旨 资产
substi	代理 代理人 代替者 代替 替代 取代
substr	底层 地层 基底 基质 基础 根据
subsys	子系统
subt	敏锐 巧妙 精细
subter	地下 秘密 地下室 借口
subtex	潜台词
subtit	副标题
subtle	敏锐 精细 狡猾 稀薄 灵巧 微妙
subtot	小计
subtra	减去 减少
subtro	亚热带
suburb	郊外 郊区 偏狭 土气 边缘
subven	津贴 援助
subver	破坏性 颠覆分子 推翻 颠覆 毁灭 打倒
subway	地铁 地道
subwoo	低音炮
succe	成功 继承 继续 接替
succes	成功 成就 胜利 一帆风顺 顺利 继承者
succin	简洁 简便 紧缩
succor	救援 援助
succou	解救 援助
succul	多汁 多水分
succum	屈从 屈服
suchli	那样 类似 同样 这样 那种
suck	吸入 吮吸 吸收 吸奶
sucker	乳儿 吸管
suckle	哺乳 养育 吮吸
sucros	蔗糖
suctio	吸入 吸引 吸力
sudan	苏丹
sudane	苏丹
sudden	突然 意外 忽然 迅速 即刻 急速
sue	控告 起诉 请求
suede	麂皮
suet	板油
suffer	遭受 经历 忍受 受难者 被害者 患者
suffic	充分 足够 有能力 满足
suffix	后缀 下标
suffoc	窒息 噎住 受阻
suffra	投票 选举权 参政权 代祷 辅佐
suffus	遍布 弥漫 充满
sugar	甜言蜜语 甜蜜 粉饰 美化
sugarc	甘蔗
sugarl	无糖
sugarp	甜言蜜语 甜头
sugden	人名
sugges	提议 建议 促成 暗示 启发 意见
suhart	苏哈托
suicid	自杀
suit	套装 诉讼 请求 起诉 适合 适应
suitab	适当 相配 合适 适合
suitca	手提箱
suite	随员 套房 组曲
suitor	起诉者
sukarn	人名
sul	玷污 弄脏 污点 脏污
suleim	苏莱曼
sulfat	硫酸盐
sulk	闹情绪 闷闷不乐 不悦 生气 愠怒
sulki	乖戾 闷闷不乐
sulky	生气 阴沉
sullen	愠怒 沉闷 阴沉 绷着脸 忧郁 闷闷不乐
sulpha	硫酸盐
sulphu	恶毒 亵渎 凶狠
sultan	苏丹
sultry	闷热 粗暴 放荡 激烈
sum	总数 总和 金额 概要 顶点 总计
sumatr	苏门答腊岛
summa	总结
summar	摘要 概要 简略 概括 总结 概述
summat	某事
summer	夏季 避暑
summit	顶点 政府首脑
summon	召唤 召集 号召 振奋 唤起 鼓起
sumo	相扑
sump	污水坑 水坑
sumptu	奢侈 华丽 豪华
sun	太阳 日光 阳光 晒太阳
sunbat	日光浴
sunbea	阳光
sunblo	防晒霜
sunbur	晒斑 晒黑
sunday	星期日 业余
sunder	分离
sundia	日规 日晷
sundow	日落
sundry	各式各样
sunfis	翻车鱼
sunflo	向日葵
sungla	凸透镜 太阳眼镜
sunles	阴暗
sunlig	日光
sunny	乐观 快乐
sunris	日出 黎明 拂晓
sunroo	日光浴室
sunset	日落 晚年
sunsha	天棚
sunshi	阳光 光明 晴天
sunspo	太阳黑子 雀斑
sunstr	中暑
suntan	晒黑
sunup	日出
sup	一口 啜饮
super	冗员 特大号 管理人 上等 特大 超级
supera	淘汰 废弃 退休金
superb	极度 华丽 极好 雄伟 壮丽 上等
superc	超导 傲慢 自大 目空一切 超导体 超导电体
superf	表面 外表 肤浅 面积
superg	特大
superh	超级英雄 超人
superi	长者 上级 出众 高傲 监督人 优越
superl	无比 过度
superm	超级市场
supern	超自然 神奇 超新星
supero	高级 上级
superp	超级大国
supers	代替 取代 接替
superv	监督者 指导者 监督 管理 指导
supine	仰卧 懒散
supp	补给 供给 供应品 提供 补充 替代
supper	晚餐
suppla	代替
supple	增刊 补充 补遗 附录 补角 增补
suppli	供应者 供应商
suppor	支持 支撑 援助 供养 支援 帮助
suppos	推想 假设 以为 想像 假定 料想
suppre	镇压 禁止 抑制 查禁
suppur	化脓 化脓性 流脓
suprem	至高 霸权 终极 极端 最大 至高无上
supt	监督人
sur	无礼 阴沉 粗暴 乖戾
surcha	超载
sure	确信 必然 必定 当然 确实 无疑
surene	确实 踏实 安全
surety	保证人 保证 担保
surf	海浪
surfac	表面 水面 外表 平面 外观 肤浅
surfbo	冲浪板
surfei	过度 恶心 厌腻
surge	汹涌 澎湃 颠簸 猛冲
surgeo	外科医生 军医
surger	外科 手术 手术室
surgic	外科 外科医生 外科手术
surina	苏里南
surkov	人名
surlin	粗鲁
surmis	推测 猜测 臆测
surmou	战胜 超越 克服
surnam	别号 绰号
surpas	超越 凌驾 胜过
surplu	剩余 过剩 盈余
surpri	惊奇 奇袭 诧异 撞见 出人意外 惊人
surrea	超现实主义 离奇
surren	交出 放弃 投降 自首
surrep	秘密 偷偷 不正当 暗中 偷偷摸摸
surrog	代理 替代
surrou	包围 环绕 围绕
surtee	人名
survei	监视 监督
survey	纵览 视察 测量 俯瞰 调查 审视
surviv	生存 生还 幸存 残存 幸存者 生还者
sus	嫌疑犯
susan	苏珊
suscep	敏感性 感情
suspec	嫌疑犯 可疑 怀疑 猜想
suspen	悬浮 暂停 中止 推迟 悬挂
suspic	怀疑 觉察 嫌疑 可疑 多疑
suss	推测 推断 调查
sustai	承受 支持 供养 继续 忍受 蒙受
susten	生活资料 生计 食物 支持
sutcli	人名
sutra	箴言 经典
suture	缝合
suzuki	铃木
sven	斯文
svend	人名 斯文
svq	西班牙
sw	摇摆 振幅 音律 节奏 涨落 秋千
swab	拖把 药签 擦洗 拭抹
swaddl	襁褓 束缚
swag	摇晃 赃物 垂下
swagge	大摇大摆 吹牛 妄自尊大 威吓 吓唬 恫吓
swahil	斯瓦希里语
swain	情郎
swale	沼泽 低洼 烧焦
swallo	燕子 吞咽 淹没 吞没 耗尽 轻信
swami	偶像 哲人
swamp	沼泽 淹没 击溃 清除
swampl	沼泽
swampy	沼泽 湿地 松软
swan	天鹅
swank	出风头 炫耀 虚张声势 优雅
swanky	炫耀
swann	人名
swap	交换 替换 交易
sward	草皮
swarm	蜂群 群集 云集 挤满
swashb	流氓
swat	全垒打
swatch	样品 样本
swath	一行
swathe	包围 带子 绷带
swatte	苍蝇拍
sway	摇摆 影响力 支配 摇动 弄歪 倾斜
swazil	斯威士兰
swear	发誓 咒骂 宣誓 诅咒 誓言
sweat	汗水 水珠 焦急 出汗 渗出 烦恼
sweate	毛衣 运动衫
sweats	血汗工厂 运动服
sweaty	出汗 吃力
swede	瑞典人
sweden	瑞典
swedis	瑞典人 瑞典语 瑞典
sweep	扫除 打扫 肃清 视野 范围 全胜
sweeps	竞赛 比赛
sweet	甜蜜 糖果 情人 芳香 悦耳 漂亮
sweete	悦耳 温和 减轻 代糖
sweeth	心上人 爱人 爱慕
sweeti	情人 爱人 甜食
sweetm	糖果 甜食 蜜饯
sweetn	甜蜜 芳香 美妙
sweety	糖果 蜜饯
swell	增大 肿胀 优秀 一流 膨胀 增强
swelte	闷热 汗流浃背
swerve	转向 弯曲 背离 转弯
swift	即刻 迅速 敏捷 立刻
swiftn	迅速
swig	痛饮 牛饮
swill	冲洗 痛饮 冲刷
swim	游泳 漂浮 潮流 眩晕 覆盖 充溢
swimmi	顺利 如意
swimsu	游泳衣
swimwe	游泳衣
swindl	骗取 欺诈 骗局 诈取 骗子
swipe	强打
swirl	漩涡 盘绕 眩晕
swish	漂亮 时髦
swishy	发声
swiss	瑞士人 瑞士
switch	开关 电闸 转换 鞭子 道岔 转变
switze	瑞士
swivel	旋转
swoon	晕厥 着迷
swoop	俯冲 攫取 抓取 猛扑
swop	交换 替换 交易
sword	战争 武力
swordp	剑术 击剑 巧辩
swords	剑客 武士
sybari	骄奢淫逸
sybil	女巫
sycoph	谄媚者 追随者 拍马 奉承 阿谀 追随
sydney	悉尼
syke	人名
syl	人名 音节 教学大纲
syllab	音节 摘要 提纲 课程表 教学大纲
syllog	三段论 推论 演绎
sylvan	森林 农村 乡村
symbio	共栖 共生
symbol	符号 象征 代号 信条 象征主义
symmet	对称 匀称
sympat	同情 赞同 怜悯 慰问 吊唁 合意
sympho	交响乐 交响曲
sympos	讨论会 座谈会 酒会
sympto	症状 征候 征兆
synago	犹太教
synaps	突触
synapt	突触 联合
synchr	同步 合拍 同时 校准 同步加速器 共时
syncre	合一 汇合
syndic	辛迪加 财团 企业联合组织
syndro	综合征
syne	后来 然后 以前
synecd	提喻法
synerg	协同作用
synod	会议
synony	同义词 同义
synops	概要 摘要 大意
synopt	概要 天气
synovi	滑膜
syntac	句法
syntax	句法 语法
synth	合成器
synthe	综合 组织 人造 合成
syphil	梅毒
syphon	虹吸 虹吸管 存水弯 吮吸
syria	叙利亚
syrup	糖浆 果汁
syrupy	糖浆 甜蜜 美妙 伤感
system	系统 体系 制度 方式 秩序 全身
ta	谢谢
tab	制表 标号 拉环 标签
tabby	平纹
tabern	帐篷 礼拜堂 神龛 壁龛
table	桌子 餐桌 工作台 铭文 表格 高原
tablec	台布
tablet	平板 门牌 药片
tablew	餐具
tabloi	小报 药片 文摘 扼要 缩略
taboo	禁忌 忌讳 禁止
tabu	禁忌
tabula	平面 表格 扁平 平坦
tacit	沉默寡言 缄默 肃静 沉默
tacitu	沉默寡言 无言
tack	大头钉 食物 附加
tackle	工具 滑车 装备 固定 处理 抓住
tacky	破烂
taco	墨西哥人
tact	机智 手法 老练
tactfu	机智 老练
tactic	战术 顺序 排列 策略
tactil	触觉 触感
tad	男孩 小孩子 少量
tadpol	蝌蚪
taekwo	跆拳道
taff	肥胖
taffy	太妃糖 阿谀
tag	标签 附属物 碎片 结束语 口头禅 标记
taggar	人名
tagger	附加物
tahini	芝麻酱
tail	尾部 后部 辫子 随员 特务 燕尾服
tailba	交通堵塞
tailbo	尾骨
tailga	后挡板
tailli	尾灯
tailor	裁缝 缝制 制作 适应
tailpi	排气管
tailwa	下游
tailwi	顺风
taint	污点 耻辱 感染 污染 腐败 沾染
taiwan	台湾
taj	泰姬陵
tajik	塔吉克人
tajiki	塔吉克斯坦
take	带领 获得 就座 接受 吸引 采取
takeaw	外卖
takedo	拆卸 失面子 羞辱
takeof	起飞
takeov	接管 接收
taker	接受者
tal	记账 得分 比分 计数器 标签 符合
talc	滑石 云母
talcum	滑石
tale	故事 谎言 谣言 陈述 叙述
talent	天才 才能 天资
taliba	塔利班
talism	护身符 法宝
talk	谈话 交谈 会谈 讲话 演讲 空谈
talkat	饶舌 多嘴
talkba	对讲电话
tall	夸大
tallow	油脂
talon	魔爪
talus	斜面
tam	便帽
tamari	罗望子
tame	驯服 柔顺 顺从 乏味 平淡 驯养
tamil	泰米尔语
tamp	夯实
tamper	干预 拨弄 贿赂 损害 篡改
tampon	塞子
tan	黄褐色 马戏团
tandem	串联
tandy	人名
tang	特性
tangan	坦噶尼喀 坦噶尼喀湖
tangen	接触 正切 离题 切线 相切 扯远
tanger	柑橘
tangib	有形 明确
tangle	缠结 困惑 纠纷 混乱
tank	池塘 坦克
tanker	油船
tantal	逗弄 干着急
tantam	同等 相等
tantru	发脾气 发怒
tanzan	坦桑尼亚
taoist	道家 道教徒 道教
tap	轻打 水龙头 选择 流出 开发
tape	带子 录音带 磁带 卷尺 测量 录音
taper	尖细 渐弱 锥形 尖塔
tapest	挂毯
tapewo	绦虫
tapioc	木薯淀粉
taproo	直根
tar	焦油 柏油 水手 玷污 怂恿
tarant	狼蛛
tardin	缓慢 迟延
tardy	迟到 勉强 拖拉
target	目标 靶子 指标 对准
tariff	关税 价格表
tariq	人名
tarnis	污点 玷污
taro	芋头
tarp	油布
tarrag	龙蒿
tarran	人名
tarry	耽搁 逗留 留住 等候
tart	辛辣 尖酸 果馅饼 妓女
tartan	格子呢
tartar	牙垢 鞑靼人 鞑靼
tartne	尖刻
tarty	放荡
tarzan	健壮
tashke	塔什干
task	工作 任务 作业 辛劳
taskba	任务栏
taskma	工头
tasman	塔斯马尼亚
tass	塔斯社
tassel	流苏 抽穗
taste	味道 品味 味觉 感受 体验 爱好
tastef	雅观 高雅 雅致
tasty	好吃 可口
tatter	破烂 褴褛
tattle	闲谈 闲话 饶舌 谈论 泄露 告密者
tattoo	文身
tatty	穿破 粗糙 不值钱
taunt	辱骂 嘲弄 奚落
taut	拉紧 整洁 紧张 绷紧 紧凑
tautne	拉紧
tautol	同义反复 赘述 重复
tavern	酒馆 客栈
tavist	人名
tawney	茶色
tawny	黄褐色 茶色
tax	税款 重负 会费 斥责
taxati	征税 抽税 税款
taxi	出租车
taxica	出租车
taxiwa	滑行道
taxon	分类学
taxono	分类学 分类
taxpay	纳税人
taylor	泰勒
tb	结核 肺结核 结核病 结核杆菌
tbilis	第比利斯
tchaik	柴可夫斯基
td	财政部
tea	茶叶
teach	讲授 教导 教育 教书 教学
teache	教师 老师 导师
teacup	茶杯
teague	爱尔兰人
teak	柚木
teaket	茶壶 烧水壶
team	协作
teamma	队友
teamwo	协力
teapot	茶壶
tear	泪滴 眼泪 裂缝 激怒 飞奔 流泪
tearaw	流氓
teardo	拆卸
teardr	泪珠
tearfu	含泪 流泪 泪汪汪
teary	哭泣
tease	揶揄 戏弄 取笑 强求 梳理 起毛
teasin	烦恼
teaspo	茶匙
teat	奶头
tec	侦探
techie	技师 技术员
techni	技巧 技术 方法 专门 工业 技师
techno	技术 术语
tecton	构造 建筑
tediou	沉闷
tedium	单调乏味 沉闷
tee	发球区 球座 目标
teem	充满 充足 倾注
teen	愤怒 悲哀
teensy	小小
teeny	极小 小小
teeter	踉跄 摇晃 摇摆不定 摇摇欲坠 摇摆 跷跷板
teetot	完全 绝对
tehera	德黑兰
tehran	德黑兰
tel	电视
teleco	电讯 电信
telegr	电报 电报机 电汇 流露
telepa	传心术 通灵 能力 心灵感应
teleph	电话 电话机 打电话
telepr	远程监控
telesc	望远镜 嵌进 缩短
televi	电视
tell	告诉 吩咐 断定 知道 讲述 泄密
teller	出纳员
tellin	有效 显著
tellta	迹象 指示器 搬弄是非 报警
telome	端粒酶
temblo	地震
temeri	鲁莽
temper	温度 发烧 热度 硬度 脾气 心情
tempes	暴风雨 骚动 激动 暴乱
templa	样板 模板
temple	庙宇 教堂 礼拜堂 太阳穴 鬓角
tempo	速度 节奏
tempor	暂时 临时 临时工 一时 时间 现世
tempt	诱惑 引诱 吸引
tempta	诱惑
tempti	诱人 迷人
tenabl	合理 成立
tenaci	固执 不屈不挠 顽固 黏性 韧性 紧握
tenanc	租用 租赁
tenant	承租人 房客 居住者 租借
tench	丁鲷
tend	走向 易于 照顾 注意 照料 护理
tenden	趋向 倾向
tender	柔软 脆弱 温柔 亲切 微妙 棘手
tendri	卷须
teneme	房屋 住房 居所
tenet	信条 教义 宗旨 原则
tenfol	十倍
tennes	田纳西州
tenni	网球
tenor	思路 要旨 大意 男高音
tense	紧张 拉紧 时态
tensen	紧张
tensil	张力 拉力
tensio	紧张 不安 拉紧 张力 压力 电压
tensor	张量
tent	帐篷 帷幕 住处 塞子 宿营
tentac	触须 触手 触角
tentat	试验 试验性 暂时 聊且
tenth	十分之一
tenuou	稀薄 微细 纤细 脆弱 空洞无物 无关紧要
tenure	享有
tepid	温热
tequil	蒸馏酒 龙舌兰酒
ter	领土 梯田 土地
teresa	特里萨
term	术语 专有名词 期限 学期 任期 条件
termin	终端机 终点 末端 极限 终点站 定期
termit	白蚁
terrac	梯田 阳台 露台
terrai	地带 地区 地形 领域 范围
terres	地球 陆生 陆地 人间
terri	人名
terrib	可怕 甚为 非常
terrif	极端 可怕 恐惧 恐吓
territ	领土 版图 地区 土地 地方 区域性
terror	恐怖主义 恐怖 恐怖分子
terse	简洁 扼要 精练
tertia	第三产业 第三纪 三代
teryle	涤纶
test	测试 试验 化验 检验 考验 甲壳
testam	遗嘱
tester	华盖
testi	暴躁 睾丸
testic	睾丸
testif	证明 作证 声明 表明
testim	证言 证据 声明
testos	睾丸激素
testy	暴躁
tetanu	破伤风
tetchy	暴躁
tether	界限 范围 束缚 限制
tetley	人名
tetrac	四环素
teuton	日耳曼语
texa	德克萨斯
text	文本 正文 课文 主题 乐谱
textbo	教科书
textil	纺织品 纺织
textua	文本 原文
textur	密度 结构 纹理
th	事物 东西 用品 事件 情况 行为
tha	泰国
thaila	泰国
thalam	闺房 内室 花托
thanet	人名
thank	谢意 感谢 谢谢
thankf	感谢 感激 欣慰
thankl	忘恩
thanks	感谢
thanky	谢谢
thatch	撒切尔夫人
thaw	融解 融化 缓和 解冻
theate	戏院 电影院 剧场 戏剧 场所
theatr	戏院 电影院 剧场 戏剧 场所 夸张
thebe	底比斯
theft	盗窃 失窃 赃物
theism	有神论 一神论
theist	有神论者 有神论
themat	题目 主题 主旋律
theme	主题 话题 题目
thence	由此 因此 此后
theocr	神权政治
theodo	人名
theolo	神学
theore	理论 假设 推理
theori	理论家
theory	理论 学说 原理 意见 推测
therap	治疗
therea	其后
thereb	因此
theref	因此 所以
thereo	由此
theres	人名
thereu	因此 由此 随即 于是 立即
therew	随即 此外
therma	热量 温泉
thermo	温度计 体温计
therop	兽脚亚目
thesau	宝库 知识宝库
thesi	论题 论文
thespi	悲剧 戏剧 悲剧性 演员
thick	粗壮 迟钝 浑浊 过分 口齿不清
thicke	变厚 加强 模糊
thickn	厚度 密度 愚钝
thicks	粗壮 繁茂 丛林
thief	小偷
thieve	偷窃 赃物
thigh	大腿
thighb	股骨
thimbl	顶针 套管
thin	稀疏 稀薄 空洞 稀少 微弱
thingy	物质 实际
think	考虑 想起 想像 打算 认为 思考
thinke	思想家
third	三分之一
thirdh	间接
thirst	口渴 渴望 干燥
thirte	十三
thirty	三十
tho	尽管 然而 可是
thomps	汤普森
thong	皮带 皮鞭
thorax	胸廓 胸腔
thorbu	人名
thorn	荆棘
thornh	人名
thorou	彻底 绝对 透彻 详尽 周到 完全
thorp	村庄
thorpe	村庄
though	深思 体贴 沉思 亲切
thousa	成千 许多
thrall	奴隶 束缚 奴役
thrash	逆行 胜过 推敲 鞭打 打谷 痛打
thread	纤维 线索 穿过 通过
threat	恐吓 威胁 恫吓
threef	三倍 三重
threep	便宜
threlf	人名
thresh	门槛 入口 开端
thrice	三次 十分
thrift	节约 茂盛 节俭 兴旺 繁茂
thrill	震颤 激动 刺激性 颤抖 颤动
thrip	蓟马
thrive	繁荣 兴旺
throat	咽喉 喉咙 嗓音
throb	跳动 搏动 抽动 颤动
throe	剧痛 阵痛
throgm	人名
thromb	血栓形成
throne	王座 君主
throng	人群 群集 众多 拥挤 蜂拥 拥塞
thrott	节流阀 喉咙 窒息 压制 节流 减速
throug	穿越 到底 因为 经过 穿过 直达
throw	发射 抛弃 摆脱 投掷 掷骰子 冒险
throwb	挫折 阻止
throwe	发射器
thru	穿越 穿过
thrum	花丝 敲打
thrust	推进器
thu	星期四
thud	重击
thug	恶棍 刺客 凶手
thugge	谋财害命
thumb	拇指
thumbn	极小
thumbt	图钉
thump	撞击 痛打
thumpe	庞然大物
thunde	雷声 打雷 怒喝
thursd	星期四
thurso	瑟索
thus	如此 因此
thwack	拍打 重击
thwart	反对 阻挠 横过
thyme	百里香
thymus	胸腺
thyroi	甲状腺 甲状软骨
tianan	天安门
tibeta	藏语 西藏人
tibia	胫骨
tibial	胫骨
tic	痉挛
tick	滴答声 一瞬间 壁虱 信用 赊欠 活动
ticket	车票 标签 入场券 证明书
tickle	胳肢 发痒 快乐 逗乐
tickli	怕痒
tidal	潮汐
tidbit	珍馐 珍品 珍闻
tide	潮汐 趋势 潮流 涨潮 高潮
tidi	整洁 整齐
tidine	整齐 整洁
tidy	整齐 收拾 整理
tie	带子 鞋带 领带 领结 关系 束缚
tier	等级
tierne	人名
tiff	生气
tiger	老虎
tight	密封 吝啬 严厉 紧紧 坚固
tighte	勒紧 绷紧
tightn	坚固 紧密
tightw	吝啬鬼
tigri	底格里斯河
til	芝麻
tilapi	罗非鱼
tile	砖瓦 瓷砖 瓦片
till	直到 耕种 冰碛
tillag	耕种 耕作
tiller	分蘖
tilt	倾斜 倾向 船篷 倾侧 翘起
timber	木材 木料
timbre	音色 音质
time	时间 时机 时期 期限 次数 节拍
timefr	时间表
timeke	钟表
timele	永恒
timeli	时间轴 时间表
timepi	时钟
timer	计时器
timesc	时间表
timeta	时间表
timid	胆小 羞怯
timidi	胆小 胆怯 羞怯
timor	帝汶岛
timoro	胆怯 胆小 羞怯
tin	马口铁 罐头
tinctu	颜色 色调 染料 气息 气味
tine	尖头
tinfoi	锡箔
ting	叮当声
tinge	色调 色彩 气味 气息
tingle	激动 抖动 刺痛 震颤 耳鸣
tinker	修补
tinkle	叮当声
tinnit	耳鸣
tinsel	闪亮 华而不实
tint	色彩 浅色
tiny	微小
tip	尖端 末端 倾斜 小费 指点 翻倒
tipple	饮酒
tippy	头等
tipsy	喝醉 倾斜
tiptoe	脚尖 偷偷摸摸
tirami	提拉米苏
tirana	地拉那
tire	轮胎 头饰 疲倦 厌烦 打扮 疲劳
tired	疲劳 疲倦
tiredn	疲劳 疲倦
tirele	不屈不挠 不知疲倦
tireso	烦人
tissue	薄纱 组织 一套
tit	山雀 打击 奶头 按钮
titan	太阳神 巨人
titbit	珍品 珍闻
titch	娃儿
tithe	十分之一
titian	赤褐色 橙红色
titill	兴奋 高兴 愉快
title	头衔 名称 标题 书名 扉页 权利
titmus	人名
titrat	滴定
titre	效价 滴度
titter	嗤笑 傻笑
tittle	微量 一点点
titty	乳房 乳头
titula	有名无实
tivert	人名
tizard	人名
tj	涡轮喷气发动机
tm	商标
toad	蟾蜍 癞蛤蟆
toadst	伞菌
toady	谄媚者 马屁精 谄媚 拍马屁
toast	吐司 烤面包 干杯 敬酒 暖和
tobacc	烟草 香烟
tobia	人名
today	今天 当今 现在
toddle	溜达 蹒跚
toe	脚趾
toff	花花公子 有钱人
toffee	太妃糖
tofu	豆腐
tog	衣服
togeth	一起 共同
togo	多哥
toil	辛苦 苦工 罗网 圈套 苦干 跋涉
toiler	劳动者
toilet	厕所 梳妆 打扮 上厕所
toke	食物
token	表征 记号 代币 象征 表意
tokeni	表面文章
tokuga	德川
tokyo	东京
tole	马口铁
toledo	托莱多
tolera	宽容 容许 忍受 容忍 公差 能耐
tolkie	人名 托尔金
toll	代价 钟声 征收 敲钟 鸣钟 勾引
tolsto	托尔斯泰
toluen	甲苯
tom	雄猫
toma	托马斯
tomaha	战斧
tomato	番茄 西红柿
tomb	坟墓 死亡 埋葬
tomboy	假小子
tombst	墓石 墓碑
tomcat	雄猫
tommas	人名
tomorr	明天 未来
tonal	音调 色调
tonali	音调 色调
tonbri	人名
tone	音调 音质 语调 语气 色调 气氛
tonele	单调 沉闷
tong	钳子 帮会
tongue	语言能力 语言 斥责
tonic	补药 滋补 声调
tonigh	今晚 今夜
tonkin	东京
tonnag	吨位
tonne	公吨
tonsil	扁桃体 扁桃腺炎
tony	高贵 时髦
tool	工具 机床 傀儡
toolbo	工具箱
toot	作乐 吹喇叭
tooth	牙齿 爱好 啮合
tootha	牙痛
toothb	牙刷
toothp	牙签 牙膏
tooths	可口 美味
toothy	露齿
tootsi	亲爱
top	顶部 顶端 极点 上面 上部 首位
topaz	黄玉
topic	主题 论题 话题
topica	论题 题目 局部 总论
topkno	头饰 羽冠
toples	袒胸
topmos	最高 顶端
topogr	地势 地形
topolo	拓扑学
topper	大礼帽
topple	推翻 颠覆 倒塌 摇摇欲坠
torah	教导 律法
torbay	人名
torch	火把
toread	斗牛士
tormen	苦痛 苦恼 纠缠 歪曲 拷问
tornad	旋风 龙卷风
toront	多伦多
torped	鱼雷 水雷 地雷 破坏
torpid	麻痹 迟缓 迟钝 蛰伏
torpor	麻木 迟钝
torque	转矩 项圈
torre	人名
torren	奔流 倾盆大雨 倾注 迸发 急流 猛烈
torrid	酷热 炎热
torrin	人名
torsio	扭转 转矩 扭力
torso	躯干
tortil	玉米饼
tortio	侵权行为
tortoi	龟甲 玳瑁壳 龟板
tortuo	扭曲 弯曲 欺骗
tortur	拷问 苦闷 曲解 折磨 弯曲
torus	花托 环面
tosh	胡说 梦话
toshib	东芝
toshik	人名
toss	投掷 摇摆 震荡 不安 颠簸 辗转
tot	小孩 少量 合计
total	全体 全然 合计 总数 统统 完全
totali	极权主义 全体 总数 全食 求和
tote	携带 合计 负担
totem	图腾
totemi	图腾
totter	蹒跚 动摇
toucan	巨嘴鸟
touch	触觉 机灵 格调 少许 缺点 弹力
touchd	触地得分
touchi	感人 动人
touchl	边线
touchp	触摸板
touchs	试金石 触摸屏
tough	恶棍 强硬 艰苦 坚固 坚韧 粗暴
toughn	强硬 强健
toulon	土伦
toulou	图卢兹
tour	旅游 任期 旅行 周游 巡回 观光
touris	观光客 旅行者 旅游 游览
tourna	比赛 竞赛 锦标赛 联赛
tousle	蓬乱 弄乱 杂乱 凌乱
tout	招徕
tow	拖轮 牵引
toward	对于 为了 即将来临
towboa	拖船
towel	手巾 毛巾
tower	高楼 堡垒 高耸 翱翔
town	城镇
townsh	小镇 镇区
townsm	城里人 市民 同乡
townsp	市民
toxic	有毒 中毒
toxica	毒药
toxici	毒性
toxico	毒理学
toxin	毒素
toy	玩具 消遣 玩弄 戏弄 调情
trace	痕迹 踪迹 微量 迹线 缰绳 追踪
trache	气管 导管 气管切开术
tracho	沙眼
track	轨迹 足迹 径迹 小道 轨道 途径
trackb	轨迹球
tracks	运动服
trackw	古道
tract	地带 小册子
tracta	驯服
tracti	牵引 牵引力
tracto	拖拉机
trad	传统
trade	贸易 商业 交易 生意 职业 顾客
tradem	商标
trader	商人 商船
trades	零售商 工匠
tradit	传统 惯例 传说 交付
traffi	交通 通行 运输 贸易 交易 交往
traged	悲剧 惨案
tragic	悲惨 悲剧
trail	踪迹 痕迹 尾部 小径 尾随 追踪
trailb	开拓者
traile	拖车
train	火车 列车 行列 长队 顺序 训练
traine	实习生 新兵
trait	特征 特性 少许
traito	叛逆者
trajec	轨道 弹道
tram	纬纱
tramca	有轨电车 矿车
tramp	坚实 流浪者 践踏 步行 流浪 走过
trampl	践踏 蹂躏 无视
trampo	蹦床
tramwa	电车 索道
tran	人名
trance	恍惚 着迷 发呆
tranqu	安静 宁静 镇静剂 止痛药 平静
transa	交易 办理 学报
transb	跨界
transc	抄本 副本 成绩单 超越 胜过 抄写
transd	跨学科 转导
transe	横切 横断 横断面
transf	迁移 移动 传递 转让 转移 过户
transg	违反 犯罪 基因改造 侵犯 越界 违法
transh	宇宙 永恒
transi	转变 转换 变迁 过渡时期 经过 通行
transl	翻译 解释 转化 调动 被译 译文
transm	传输 传送 变速器 传染 传达 遗传
transn	跨国
transo	横楣 横梁
transp	运输 激动 狂喜 传送 流放 输送
transs	转载
transv	横断物 横向
trap	圈套 陷阱 诡计 存水弯 设圈套 诱捕
trapez	梯形 不规则四边形
trash	垃圾 废物 丢弃
trashc	垃圾桶
trashy	碎屑 没用
trauma	外伤 损伤 创伤
travai	阵痛 辛劳
travel	旅行 游历 行进 移动 通过 旅行者
traver	越过 横贯 横断物 屏障 否认 反驳
traves	嘲弄 歪曲
trawl	拖网
tray	托盘 满盘
treach	危险 背叛
treacl	糖蜜
tread	步态 梯级 交尾 鞋底 行走 践踏
treadl	踏板
treadm	踏车
treaso	叛逆 叛国罪 谋反
treasu	国库 宝库 财政部 国库券 宝物 财富
treat	宴请 款待 视为 对待 论述 治疗
treate	处理器
treati	论文 专著
treatm	治疗 待遇 处理
treaty	条约 谈判
treble	三倍
tree	木料
treeho	树屋
trefoi	车轴草 三叶草
trekke	背包客
trem	发抖 担心 震音
trembl	战栗 颤抖 忧虑 摇晃
tremen	巨大 非常 可怕 极大 极端 极其
tremol	震音
tremor	震动 颤动
tremul	发抖 战栗 胆小 畏惧
trench	沟渠 战壕
trend	趋势 倾向 走向 转向
trendi	时髦
trendy	时髦
trepid	恐惧 惊惶 忧虑
trespa	侵害 侵入 打扰 冒犯 侵入者
tress	头发 发辫
trestl	支架
triadi	三合一
trial	审判 试验 艰苦 考验 审讯 试验性
triang	三角形 三角关系
triass	三叠纪
tribal	部落 宗族
tribe	宗族 部落
tribul	苦难 困苦
tribun	法庭 裁决
tribut	贡物 礼物
trice	吊起 瞬间
trick	诡计 欺诈 谋略 恶作剧 习惯 愚弄
tricke	欺骗 欺诈 诡计
tricks	骗子 魔术师
tricky	狡猾 机敏
tricyc	三轮车
triden	三叉戟
triest	的里雅斯特
trifle	琐事 少量 浪费 开玩笑 虚度光阴
trig	漂亮 整洁 潇洒 修饰 打扮 煞住
trigem	三叉神经
trigge	触发器 扳机 触发 发射 引起
trigon	三角学
trilat	三角形
trill	颤声 颤音
trilli	大量
trilob	三叶虫
trilog	三部曲
trim	整齐 情形 修剪 整理 调整 见风使舵
trinid	特立尼达
trinit	三位一体
triomp	凯旋
trip	旅行 绊倒 摔倒 失足 差错 旅程
tripar	三重
tripe	肚子
triple	三倍
tripli	三倍 三重
tripod	三脚架
trippe	旅行者
trippi	头昏眼花 恍惚 迷茫 迷离
trite	老一套 陈腐 用坏
triump	凯旋 胜利 欢欣 得胜 成功 得意洋洋
triune	三位一体
trivet	三脚架
trivia	琐碎 轻微 平常
troglo	隐士 类人猿
trojan	特洛伊 勇士
troll	滚动 转动 轮唱 高唱
trolle	电车 手推车
trombo	长号
tromp	践踏 跺脚
troop	军队 群集 结队
troope	骑兵 骑警 伞兵
trope	转义 比喻
trophi	营养
trophy	战利品 奖品
tropic	热带 热情
tropos	对流层
trot	快步 小跑
troth	忠诚 真实 诚实 诺言 约定 订婚
trotsk	托洛茨基
troubl	烦恼 麻烦 困难 动乱 故障 困扰
trough	水槽
trounc	痛打 严惩
troupe	巡回演出
trouss	嫁妆
trout	鲑鱼
trove	发现物
trowel	泥铲 泥刀
troy	金衡
tru	真实
truanc	玩忽职守 旷课
truant	偷懒 旷课 游荡
truce	停战 休战 休止
truck	卡车 货车 来往 蔬菜 废物 废话
trucke	小贩
trucul	野蛮 粗暴 致命 好斗
trudge	长途跋涉 跋涉
true	真实 正确 忠诚 可靠 纯粹 正式
truffl	块菌
truism	众所周知 老生常谈
trump	王牌 法宝 喇叭 胜过 吹喇叭
trumpe	喇叭 小号 吹喇叭 吹嘘
trunca	缩短
trunch	警棍 权杖
trundl	脚轮 滚动 移动 移转
trunk	树干 干线 躯干 主干 箱子
truro	人名
truss	捆绑
trust	信任 信赖 相信 受托 职责 信心
truste	受托人 理事
trustf	轻信
trusty	可信任 可靠
truth	事实 实情
truthf	诚实 真实 如实 深信不疑 正当 坦率
try	尝试 试验 审理 审判 考验 审问
tryout	试验 试用
trypto	色氨酸
tryst	约会 幽会
tsar	沙皇
tsaris	沙皇 专制
tsp	茶匙
tsu	人名
tt	电汇
tuan	先生 老爷
tub	浴盆 洗澡
tuba	大号
tubal	输卵管
tubby	肥胖
tube	软管 隧道
tuber	块茎 突起 结节
tuberc	肺结核
tubule	小管
tuck	活力 鼓声 食品 卷起 挤进 收藏
tucker	疲倦 筋疲力尽
tucket	人名
tudor	都铎王朝
tue	星期二
tuesda	星期二
tuft	丛生
tug	拖曳 苦干 挣扎 绳索
tugboa	拖船
tuitio	学费 讲授
tulip	郁金香
tulle	薄纱
tumble	跌倒 摔跤 翻倒 摔倒 倒塌 滚动
tummy	肚子
tumor	肿大 肿块 肿瘤
tumour	肿块
tumult	吵闹 纷乱 骚乱 骚动 混乱
tuna	金枪鱼
tundra	苔原 冻原
tune	歌曲 主旋律 心情 声调 和谐 一致
tunefu	和谐
tuner	调节器
tuni	突尼斯
tunisi	突尼斯
tunnel	隧道 地下道
tunney	人名
tuple	元组
tupole	图波列夫
turban	头巾
turbid	浑浊 混乱 污浊
turbot	大菱鲆
turbul	狂暴 骚乱 紊乱
tureen	盖碗
turf	草皮 泥炭 跑马场
turgid	浮夸
turin	都灵
turk	土耳其人
turkey	火鸡 土耳其
turkis	土耳其语 土耳其 土耳其人
turkme	土库曼斯坦
turmoi	骚动 混乱
turn	转弯 转动 旋转 翻转 顺次 改动
turnab	转向 报复 转变
turnar	转向 转变
turnco	背叛者
turndo	拒绝 低落
turner	车工
turnip	芜菁 芜菁甘蓝
turnke	狱吏
turnof	岔开 岔道 关闭
turnou	出席者 产量
turnov	翻倒 翻转 营业额 流通 周转
turnpi	公路 大道
turnro	周转
turnst	十字转门
turnta	转车台 唱盘
turpen	松节油
turpit	卑鄙
turquo	绿松石
turret	塔楼 角楼
turtle	海龟
tush	犬齿
tusk	长牙 獠牙
tussle	扭打 争斗 论争 打斗
tussoc	草丛
tut	啧啧
tutank	图坦卡门
tutee	学生
tutela	守护 监护 指导 保护 监护人
tutor	家庭教师 导师 助教 监护人 指导 约束
tutori	论文 家庭教师 辅导
tv	电视
twaddl	废话 蠢话
twain	一对
twang	鼻音
twat	笨蛋 阴门
twe	花呢
tweak	焦急 开足马力
twee	矫饰
tweedy	男子气概
tweet	啁啾
twelve	十二
twenty	二十
twerp	蠢人
twice	两倍
twiddl	玩弄
twig	懂得 了解
twiggy	苗条
twilig	曙光 黎明 黄昏 微光 微明
twin	双胞胎 成对 孪生
twine	合股线 交织 缠绕
twinge	刺痛 剧痛
twink	闪耀 耀眼 微笑 欣喜
twinkl	闪烁 闪耀 瞬息
twirl	转动 万能钥匙
twist	扭曲 曲折 歪曲 编织 扭转 缠绕
twisty	扭曲 狡猾
twit	责难 愚弄 嘲笑 谴责 责骂
twitch	抽搐 阵痛 攫取 抽动
twitte	啁啾 颤抖 抖动
twofol	两倍 两重
twomey	人名
ty	总产量
tyburn	刑场
tycoon	将军
tyke	小孩子
tyler	泰勒
tympan	鼓膜 鼓室 耳膜 中耳 定音鼓
type	类型 样式 典型 榜样 标志 符号
typefa	字面 字体
typewr	打字机
typhoi	伤寒
typhoo	台风
typhus	斑疹伤寒
typica	典型 象征性 代表性
typifi	典型化 代表 象征
typify	代表 象征
typist	打字员
typo	排印 错误
typogr	排印 活版印刷
typolo	象征主义 类型
tyrann	专制 暴政
tyrant	暴君
tyre	轮胎
tyrell	人名
tyro	初学者 生手 新手
tyrosi	酪氨酸
tyrrel	人名
uae	阿拉伯联合酋长国
ubiqui	无所不在
udder	乳房
udon	乌冬面
ufo	不明飞行物 飞碟
ug	丑陋 邪恶 险恶 不祥
uganda	乌干达
ugline	丑陋
uk	联合王国
ukrain	乌克兰 乌克兰人
ulcer	溃疡
ulcera	溃烂 腐败
ulna	尺骨
ulnar	尺骨
ulteri	将来 隐蔽
ultima	最后 最终 终极 根本 顶点 基本原则
ultra	过分 极端
ultram	深蓝 最新
ultras	超声 超声波 超音速
ultrav	紫外线
ululat	嚎叫 哀号 悲泣
umber	棕色
umbert	人名
umbili	脐带 中心
umbra	阴影 本影 暗影
umbrag	不快 生气 阴影 树荫
umbrel	雨伞 保护伞 包罗万象
ump	裁判员
umpire	裁判员
umptee	无数
un	家伙 东西
unabas	脸皮厚
unable	不能 不会
unabri	完整
unacce	不受欢迎
unacqu	陌生
unador	朴素
unadul	道地 纯粹 完全
unaffe	自然 未受影响
unaffi	无党派
unaffo	买不起 负担不起
unaid	无助
unallo	纯粹
unalte	不变 照旧 坚定不移
unambi	不含糊 明确 明白 谦虚
unanim	同意 一致
unappr	无与伦比
unarti	口齿不清
unasha	厚颜无耻 问心无愧
unassa	不容置疑 无懈可击
unassi	无助 独力
unassu	谦逊
unatta	独立 未婚
unattr	乏味
unauth	无权
unavai	得不到 无用
unavoi	不可避免 不得已
unawar	出其不意 没想到 不料 不知不觉
unbak	未熟
unbala	失衡 精神错乱 错乱
unbeat	无敌 无与伦比
unbekn	未知 不为人知
unbeli	难以置信
unbend	放松 松弛 解开
unbidd	自发
unbind	解开 解放
unblea	原色
unborn	未来
unboth	无关 不相干
unboun	无边 无限
unbrok	整齐
unbuck	解开
unburd	安心
uncann	怪诞 可怕 离奇 神秘 奇怪 危险
uncar	心不在焉 不注意
unceas	持续 不断 不停 继续 不已
uncere	无礼 粗鲁 唐突 随便
uncert	无常
unchal	毫无疑问
unchan	不变
unchar	未知 非同寻常 无情
uncivi	失礼 粗野
uncle	叔父 伯父 姨丈
unclea	不清楚 含混
unclen	撬开 松开
unclog	畅通
unclou	晴朗 明朗
unclut	整齐 整洁
uncoil	展开 解开 伸开
uncomb	乱蓬蓬
uncomf	不舒服 不自在 不安
uncomm	非凡 罕有 不平常
uncomp	不妥协 坚定 简单 坚决 贬抑
unconc	漠不关心 漫不经心 冷淡 公开
uncond	无条件 无限制 绝对
unconf	自由 无限制 松散
unconn	分离
uncons	无意识 无知觉 违反宪法 无意中 不知不觉
uncont	自由 明显 没有
unconv	异常
uncoop	不合作 执拗
uncork	放开 泄漏 透露
uncorr	廉洁
uncoun	无数 不可数
uncoup	松开
uncout	笨拙 粗野 荒凉
uncove	揭露 揭开 暴露
uncrea	枯燥无味 永存
uncrow	宽敞
unctuo	油腻 虚情假意
uncurl	弄直 伸直 展开
uncut	毛边
undaun	大无畏 勇敢
undead	亡灵
undeci	未定 不明确
undeco	简朴
undefi	不明确
undema	容易
undemo	不露声色
undepe	靠不住
under	低于 下面 从属 在下面
undera	未成年 缺乏 不足 腋下
underb	下腹部
underc	秘密
underd	失败者 受害者
undere	低估 看轻
underf	碍事
underg	遭受 经历 忍受 大学生 地下 地铁
underh	秘密 偷偷摸摸 卑劣 人名
underl	强调 下划线
undern	在下面
underp	支撑 支持
underr	低估 看轻
unders	理解 了解 领会 听说 懂得 认为
undert	试图 从事 保证 承担 同意 接受
underv	低估 看轻
underw	内衣 起步
undesi	不受欢迎
undiff	一致
undimm	清楚 明亮
undisg	公开
undist	安静 镇定 普通 平凡
undivi	专一
undo	解开 取消 破坏 毁灭 扰乱 松开
undoub	无疑 必定 确实
undram	平淡无奇
undrea	意外
undres	脱衣服 暴露
undu	不适当 过度
undue	不适当 过度
undula	波动 起伏
undy	不朽
uneart	发掘 掘出 揭露 发现 神秘 怪异
unease	不安
uneasi	不自在 心神不安 不舒适 不安 局促
uneasy	心神不安 不自在 不舒服
uneate	剩下
unecon	浪费
uneduc	无知
unemot	冷漠 铁石心肠
unempl	失业
unend	不停
unenli	愚昧无知
unenvi	尴尬
unep	联合国环境规划署
unequa	不规则
unequi	不含糊 明确
unerri	准确 正确
unesco	联合国教科文组织
unethi	不道德
uneven	奇数
unexce	平常 无懈可击 极好 完美无缺
unexpe	想不到 突然 意外 出乎意料
unfail	可靠 经久不衰
unfair	不正当
unfami	陌生
unfash	过时
unfast	解开 放松
unfath	莫测高深 深不可测 无底
unfavo	不好 相反 不宜 反对 不利
unfeas	不切实际
unfeel	无情 冷酷
unfett	释放 自由
unfit	不适当
unflap	镇定
unflat	耿直 坦率
unflav	无味
unflin	不妥协
unfold	展开 打开 披露 开展 挑明 伸展
unforc	自然
unforg	忘不了 不可磨灭
unfort	恐怕 不幸 不吉利
unfoun	虚幻
unfree	解冻 解除
unfurl	展开 展示 公开 打开 显露
ungain	难看 粗陋
ungene	吝啬
unglam	乏味 单调
unglu	揭开 拆开
ungod	不可思议 邪恶 可怕
ungove	放肆 粗野 放纵
ungram	不正确
ungrat	忘恩负义 徒劳 讨厌
ungrou	虚假
unguar	大意
unhapp	不幸 不适当
unharm	无恙 平安
unhelp	无用 无益
unhera	出乎意料
unhero	胆怯
unhesi	坚定 迅速 爽爽快快
unhing	拉开 搅乱 分开
unhitc	放松
unho	邪恶
unhurr	从容不迫 不慌不忙 慢悠悠
unicef	联合国儿童基金会
unicel	单细胞
unific	统一 联合 一致
unifor	制服 统一 一律 始终如一
unify	统一
unilat	单方面 单边 片面
unimag	不可思议 无趣 难以理解
unimpe	无懈可击
unimpo	不足道
uninco	在内
uninfo	无知 不学无术 蒙昧
uninha	杳无人迹
uninhi	自由自在 随心所欲 大吵大闹
uninit	外行
uninte	无心 连续 不断 乏味 难解 无知
uninvi	讨厌
union	联盟 联合 结合 工会
unioni	联合 结合
unipol	单极
unique	独一无二 独特 稀罕 珍奇
unison	调和 和谐 一致 齐唱
unit	单位 分队 部队 单元 部件 装置
unitar	单位 单一 整体
unite	联合 接合 混合 统一 结合
unitiv	统一 联合 团结
unity	一致 联合 单一 个体
univer	大学 宇宙 范围 全世界 普遍 通用
unjust	不义 不法 无理
unkemp	蓬乱
unkind	不客气 刻薄 严酷 苛刻
unknow	未知 陌生 未知数
unlawf	非法 不正当
unlear	忘掉
unleas	发出 发动
unless	除非
unlett	文盲
unlike	不同
unlimi	无限 无条件
unliva	不舒适
unload	卸货 倾销
unlock	开启 表露 放出 揭开 解放
unluck	不吉利 不祥 不幸
unmake	恢复原状 毁灭 改变
unman	怯懦
unmark	滞销
unmarr	未婚 单身
unmask	暴露
unmatc	无比
unmeas	无限
unment	内衣 裤子
unmerc	残酷
unmind	不注意 漫不经心
unmist	显而易见 明白
unmiti	全然
unmix	纯粹
unmov	不动摇 坚决 冷静
unnam	未命名
unnatu	不自然 反常 不近人情
unnece	不必要 多余
unnerv	胆怯
unnumb	数不清 无数
unobtr	谦虚 客气
unoffi	非正式 非官方
unorig	模仿 抄袭
unorth	异教
unpack	卸下 打开
unpara	无比 无双 空前
unpert	平静 镇定
unpick	拆开
unplan	意外
unplea	煞风景
unpoll	清洁 清白
unpopu	不得人心 不受欢迎
unprec	空前
unprem	偶然
unprep	即席 不期而遇
unpret	谦逊 质朴
unprod	不毛
unprof	外行
unprom	自发
unprop	不利 不吉利 不祥
unprov	未经证实
unques	毫无疑问 无可非议 确实 无可挑剔 无条件
unquie	动乱 烦扰
unrave	阐明 解决 解开 散开
unreal	不切实际 幻想
unreas	不合理 过度 不切实际
unreco	变得
unrefi	粗俗
unrefl	草率 粗心大意 鲁莽
unrege	怙恶不悛
unrele	无情 冷酷
unrema	平凡
unremi	不懈 不断 坚忍 持续
unrese	不客气 率直 坦白
unrest	无限制 放纵
unripe	未熟
unriva	无敌 无双 无可匹敌 无比 至高无上 极好
unroll	展开 显示 展现
unroma	平淡无奇 平庸
unru	无法无天 任性
unruff	安定
uns	非对称 不对称
unsafe	危险
unsalt	新鲜
unsati	不满意
unsatu	不饱和
unsavo	难吃 难闻
unsay	取消 撤回
unscho	生来
unscra	恢复原状 整理
unscru	肆无忌惮
unseal	开封 开启
unseas	反季节 不合时宜
unseat	退位 罢免 去职
unsee	不注意 视而不见
unseen	看不见
unself	无我 自然 慷慨 无私
unsett	移动 搅乱 动摇
unshak	坚定不移
unsigh	不雅观 难看 丑陋
unskil	技能 拙劣
unsmil	严肃
unsoci	孤僻
unsoph	单纯 纯洁
unsoun	有病 腐烂 谬误
unspea	说不出
unstan	不标准 不规范
unstea	摇摆 易变 不规则 古怪 无常 动摇
unstud	自然 随便
unsucc	无用 失败
unsuit	不适当
unsull	清白
unsupp	未经证实
unsurp	不出所料
unsusp	信任 未知
unswer	始终不渝
unswor	人名
unsymp	无情
untang	解开 整顿
untax	免税
untena	站不住脚
unthin	不合理
untidi	不修边幅 凌乱
untidy	懒散 混乱
untie	解开 松开
until	直到
untir	不懈 不屈不挠
unto	直到
untold	数不清 无限 无数
untouc	未受影响
untowa	事与愿违 麻烦 困难 不幸
untram	自由自在
untrou	平静
untrue	不正确
untrus	靠不住
untrut	虚假 谎言
untuto	粗野 天真
untypi	一般
unus	不用
unusua	罕见 与众不同 异乎寻常 非常
unutte	说不出 坏透 十足 彻头彻尾
unvary	不变
unveil	揭开 揭幕 显露
unveri	未经证实
unw	未婚
unwant	多余
unwary	不注意 粗心
unwave	不动摇 坚定
unwelc	不受欢迎 讨厌 冷淡
unwell	不舒服 生病
unwhol	腐败
unwiel	笨拙
unwill	勉强
unwind	展开
unwise	愚蠢 轻率
unwitt	不知不觉 不经意
unworl	超自然 超凡 出世 天真
unwort	不值得
unwrap	打开
unwrin	弄平
unwrit	口头
unyiel	不屈
unzip	拉开
upbeat	上升 兴旺 乐观
upbrin	教养
upcom	即将来临
upcoun	内地 土里土气
update	更新 现代化
upend	颠倒 倒放
upfron	正直 坦率 首要 预先
upgrad	上坡 升级 上升 提升
upheav	举起 隆起 剧变
uphill	上坡 向上
uphold	支撑 赞成 鼓励 举起 坚持
uphols	装饰
upkeep	维持
upland	高原 高地 山地
uplift	抬起 提高 上升
upmark	高级 高档 高端
upon	迫近 紧接着
upper	上面 上级 北部 地表 后期 鞋帮
upperc	大写字母
upperm	最高
uppity	自负 傲慢
uprate	改进 提高
uprigh	正直 诚实 公正 垂直 竖式
uprive	上游
uproar	骚动 喧嚣 吵闹 热闹
uproot	根除
upshot	结果 结局 要点
upside	上部
upslop	上坡
upstag	傲慢 自负
upstai	楼上 楼层
upstan	直立 正直
upstar	新贵 暴发户 暴富
upstat	偏僻
upstre	逆流 逆流而上
upsurg	高涨 涌起 增长 高潮
upsw	上升 跃进
uptake	举起 拿起 理解 摄入 吸收
uptigh	紧张 拮据
uptown	住宅区
upturn	向上 翻转
upward	以上 向上
upwind	迎风 顶风
ural	乌拉尔 乌拉尔山脉
uranus	天王星
urban	都市
urbane	彬彬有礼
urbani	都市化 城市化 文雅 彬彬有礼
urchin	顽童
urdu	乌尔都语
ure	人名
urea	尿素
urethr	尿道
urge	冲动 推动力 驱策 力劝 推动
urgenc	紧急 催促
urgent	紧急 急迫 催逼 急切 迫切
urinal	验尿
urinar	泌尿
urinat	小便 撒尿
urine	小便
urn	坟墓
urugua	乌拉圭
usa	美国 美利坚合众国
usage	用法 使用 习惯 习惯法
useabl	合用
useful	有用 有益 有效
useles	无用 无效 无益
usher	招待员 引导 招待
usk	人名
uss	美国 规格 标准 美国参议院
ussr	苏联
usual	平常 通常
usurio	高利贷
usurp	篡夺 侵占 夺取
usurpa	篡夺 霸占 夺取
usury	高利贷
utah	犹他
utd	联合 统一
utensi	器皿 用具
uterin	子宫 同母异父
uterus	子宫
utilis	利用 运用 使用
utilit	功用 实用
utiliz	利用
utmost	极限 极度 最远
utopia	乌托邦 空想社会主义 理想国
utter	完全 全然 绝对 做声 发表 发射
uttera	发声 言辞 表达
utterm	最远 最大 极限 极度 极端
utters	人名
uv	紫外
uvula	悬雍垂 小舌
uzbek	乌兹别克人 乌兹别克族
uzbeki	乌兹别克斯坦
vac	休假
vacanc	空白 空缺 空虚 空闲
vacant	空白 空虚 空闲 茫然 空缺
vacate	腾出 居住 解除 撤离 辞职 退位
vacati	假期 休假
vaccin	疫苗 牛痘
vacill	游移不定 踌躇 犹豫 摇摆
vacuit	空虚 空白 愚蠢
vacuou	空虚
vacuum	真空 空间
vagabo	流浪者 浪子 流氓 流浪 漂泊 浪荡
vagary	狂想
vagina	阴道 叶鞘
vagran	流浪汉 无赖 漂泊 流浪 游荡 神思恍惚
vague	含糊 不清楚 茫然 暧昧
vaguen	含糊 暧昧
vagus	迷走神经
vain	徒然 空虚 自负 愚蠢
vaingl	自负
vale	溪谷 告别 再见
valedi	告别
valenc	巴伦西亚
valent	情人
valeri	缬草
valet	伺候
valian	英勇 勇敢 雄赳赳
valid	正当 正确
valida	有效 生效 确认 证实 验证 批准
validi	有效性
valise	旅行袋
valle	山谷
valley	山谷 溪谷 流域
valor	英勇 勇猛
valour	英勇 勇猛
valuab	有价值 贵重 宝贵
valuat	评价 估价
value	价值 价格 购买力 评价 估价 重视
valuel	不值钱
valve	活瓣 活门
vamp	荡妇 修补 拼凑 捏造 勾引
vampir	吸血鬼
van	货车 篷车 先锋 前驱 前卫
vancou	温哥华
vandal	摧残 破坏
vane	风向标
vangua	前锋 先锋 先驱
vanill	香草 香子兰
vanish	消失 不见
vanity	虚荣心 虚无 自负 空虚
vanqui	打败 征服 克服
vantag	优势
vanuat	瓦努阿图
vapid	乏味
vapor	蒸气 蒸发
vapori	蒸发 汽化器 蒸馏器 喷雾器 汽化
vaporo	蒸气 空想 浮夸
vapour	蒸气 蒸发 吹牛 汽化
vaquer	牧童
variab	变数 变量 可变 不定 易变
varian	变化 变异 分歧 不和
variat	变更 变化 变种 变奏
varice	静脉曲张
varico	肿胀 静脉曲张
varieg	斑驳 彩色 杂色 多种多样
variet	多样 种类 变种 杂耍
variou	不同 各种 多方面 许多 个别 杂色
varmin	害虫 流氓 恶棍
varnis	粉饰 装饰
varsit	大学
vary	改变 多样化 变化 违反
vascul	血管 维管
vase	花瓶
vaseli	凡士林
vassal	奴仆 臣属
vast	巨大 广大 非常 大量 许多
vastne	巨大 广大 广漠
vat	大桶
vatica	梵蒂冈 罗马教廷
vaudev	杂耍
vault	拱顶 地下室 撑竿跳 穹窿 跳跃
vaunt	自夸 自吹自擂
vauxha	沃克斯豪尔
vaz	人名 瓦斯 巴斯
vd	性病 花柳病
veal	小牛肉
vector	矢量 导引
vedic	吠陀
veep	副总统
veer	转向
veg	蔬菜
vega	织女星
vegeta	蔬菜 植物 素食者 食草动物 素食
veggie	素食者
veheme	激烈 暴烈 强烈 热烈
vehicl	交通工具 车辆
veil	面纱 面罩 借口 隐藏 遮蔽 掩饰
vein	血管 静脉 纹理 气质 情绪
veldt	草原
vellum	牛皮纸
veloci	速度 迅速
velour	天鹅绒 丝绒
velvet	天鹅绒
ven	委内瑞拉
venal	贪污
venali	唯利是图 以权谋私
vend	出售
vender	小贩 卖主 自动售货机
vendet	世仇 宿怨
vendor	小贩 卖主 自动售货机
veneer	饰面 外表 胶合
venera	庄严 尊敬 崇敬 崇拜
venere	性爱 性交 性病 生殖器
veneti	威尼斯
venezi	威尼斯
venezu	委内瑞拉
vengea	复仇 报仇
vengef	报复
venial	轻微
venice	威尼斯
veniso	鹿肉 野味
venom	毒液 恶意 放毒 有毒
venomo	有毒 恶毒
venous	静脉
vent	出口 通风孔 发泄 排出
ventil	通风 空气流通
ventra	腹部 腹鳍
ventri	心室 膨胀 脑室 口技
ventur	冒险 风险 敢于
venue	审判
venus	维纳斯 金星
venusi	金星
veraci	老实 诚实
verand	阳台 走廊
verb	动词
verbal	言语 口头 动词
verbia	冗词 措辞
verbos	冗长 累赘
verdan	翠绿 青翠
verde	佛得角
verdic	裁决 判决 定论 结论
verdig	铜绿
verge	边缘 边界 接近 下沉 趋向
veri	真正 真实
verifi	证实 查证
verify	证明 查证 证实 检验 校验
verisi	逼真
verita	名副其实 真实 确实
verity	真实 真理 忠诚
vermic	蛭石
vermil	朱红 朱砂
vermin	害虫 歹徒 寄生虫
vermon	佛蒙特
vermou	苦艾酒
vernac	方言 地方
vernal	春天 和煦 青春
verney	人名
versai	凡尔赛
versat	多才多艺
verse	韵文 诗句
versio	版本 译文
verso	背面 反面
vert	草木 绿色
verteb	脊椎 椎骨 脊椎动物
vertex	顶点 头顶 天顶
vertic	垂直 直立
vertig	眩晕 迷惘 旋转
verve	热情 气魄 神韵 活力
vesicl	水疱
vessel	容器 脉管
vest	背心 汗背心 授予 归属
vestal	处女 修女
vestib	前庭 门廊 前厅 门厅
vestig	遗迹 痕迹 残余 丝毫 残留 遗留
vestme	衣服 衣裳 礼服 法衣
vet	兽医 诊断
vetera	老手 退伍军人 老兵 老练 经验丰富
veteri	兽医
veto	否决权 否决 禁止
vex	烦恼 苦恼
vexati	恼怒 烦恼
vhf	甚高频
via	经由 经过 通过
viaduc	高架桥
vibe	感应
vibran	振动 战栗 响亮 活跃
vibrat	振动 颤动 激动 摇摆 踌躇 摆动
vicar	代理人
vicari	代理 替代
vice	恶习 恶行 罪恶 堕落 缺陷 恶癖
vicero	总督
vicini	附近 邻近 近处
viciou	邪恶 堕落 恶毒 恶性
viciss	变化无常 变迁 荣枯 盛衰
victim	受害人 牺牲者 牺牲品
victor	胜利 战胜 克服 维多利亚 胜利者
victua	食物
vid	参看
video	影像 电视 图像
videoc	电视 会议 视频会议
videod	影碟
vie	竞争
vienna	维也纳
vienne	维也纳
viet	越南
vietna	越南 越南语
view	视野 风景 见解 视力 观看 视图
viewab	看得见
viewer	观察者
viewfi	取景器
viewpo	观点
vigil	警戒 监视 守夜
vigila	警觉 警戒 警惕
vigor	精力 活力
vigoro	精力充沛 茁壮 有力 朝气蓬勃 健壮 强有力
vigour	精力 活力 力量 效力 气势
vii	罗马数字
vik	海盗
viktor	维克托
vile	恶劣 肮脏 低廉 卑鄙
vilifi	诽谤
vilify	诽谤 贬低
villa	别墅
villag	村庄 乡村 村民
villai	坏人 恶棍
ville	城镇
villie	人名
vilniu	维尔纽斯
vim	精力 生气 精神
vin	葡萄酒
vincen	人名
vindic	辩护 维护 辩明 怀恨 惩罚 恶毒
vine	藤本植物 葡萄
vinega	尖酸刻薄
vineya	葡萄园
vintag	酿酒 佳酿 古典 老式
vinyl	乙烯基
viola	中提琴
violat	违反 违背 妨碍 违犯 亵渎 侵犯
violen	猛烈 暴力 暴虐 暴行 激烈 极端
violet	堇菜 紫罗兰 紫罗兰色
violin	小提琴
vip	要人
viper	蝰蛇 毒蛇
virago	泼妇 悍妇
viral	病毒
virgil	维吉尔
virgin	处女 贞洁 纯洁 初始 弗吉尼亚
virgo	处女座
virile	男性
virili	成年 男子气概 精力充沛 雄浑
virtua	事实上 实质 有效
virtue	德行 美德 优点 功效 效力
virtuo	公正 贞洁 善良
virule	剧毒 致命 刻毒 恶毒 恶性 毒性
virus	病毒 毒害
visa	签证 签发
visage	面貌 容貌
viscer	内脏 内容
viscos	粘稠 纤维胶
viscou	子爵
vise	虎钳 钳住
visib	看得见 明显 明白
visibi	能见度
visibl	看得见 明显 显然
vision	视觉 眼光 视力 幻想 梦见 想象
visit	拜访 访问 游览 视察 参观 降临
visita	访问 探望 视察
visito	游客 访客
visor	面罩
vista	远景 展望 回想
visual	视觉 视力 可见 看得见 光学 栩栩如生
vital	生命 重要 生死攸关 致命
vitali	活力 生命力
vitami	维生素
vitiat	变质 污染 堕落 败坏 失效
vitor	人名
vitreo	玻璃 玻璃体
vitrio	硫酸 硫酸盐
vittle	食物
vitupe	责骂 叱责 谩骂 辱骂
viva	口试
vivaci	活泼 快活 多年生
vive	活泼
vivian	维维安
vivid	生动 鲜明 鲜艳 活泼 逼真 清晰
vividn	鲜艳 活泼 生动 逼真
vivien	薇薇安
vivify	生动 活跃
vivo	活泼 生动
vixen	悍妇 泼妇
viz	就是
vladim	弗拉基米尔
vladiv	符拉迪沃斯托克
vocab	词汇
vocabu	词汇
vocal	嗓音 声音 歌唱 元音
vocali	歌手 发声
vocati	职业 天命 天职 才能 行业
vocife	喊叫 吵闹
vodafo	沃达丰
vogue	时尚 时髦 流行
voice	声音 嗓音 嗓子 愿望 发言权 表达
voicel	无声
voicem	语音信箱
void	空虚 空间 空白 空隙 无效 无人
voile	薄纱
volati	挥发性 可变 飞行 轻快 爆炸性
volcan	火山 猛烈 火山岩
vole	田鼠 大满贯 全胜
volga	伏尔加河
voliti	意志力 决定 意志
volker	人名
volkov	人名
volksw	大众汽车
volley	排球
volt	伏特
voltag	电压
voltai	伏尔泰
volubl	流利 健谈 缠绕
volume	体积 容量 大量 许多 音量
volumi	长篇 庞大 盘绕
volunt	自动 自愿 故意 志愿 自发 志愿者
volupt	骄奢淫逸 妖娆 肉欲 色情 风骚
volvo	沃尔沃
vomit	呕吐 呕吐物 催吐剂
voodoo	伏都教 巫术
voraci	贪吃 狼吞虎咽 贪婪 贪食
vortex	旋涡 旋风 涡流
vote	投票 选举 选票 表决 选举权 公认
voter	选民
votive	奉献 还愿
vouch	担保 保证 证明 断定
vouche	证人 保证人 凭证 凭单
vouchs	允许 给予
vow	誓约 誓言 许愿 起誓 发誓
vowel	元音
voyage	航行 航海 航程 旅行 航空 飞过
vr	虚拟现实
vulgar	粗俗 庸俗 普通 通俗 方言
vulner	脆弱
vultur	秃鹫
vulva	外阴 阴户
vw	大众汽车
wacko	古怪 发疯
wacky	古怪
wad	填料 大量 填塞
waddin	人名
waddle	蹒跚
wade	跋涉 浅滩
wadi	河道
wafer	晶片
waffle	胡扯 闲聊
waft	飘荡 吹拂
wag	摇摆 摇动 饶舌 摆动 喋喋不休
wage	工资 报应 报偿 开展 进行
wager	赌注 赌博 打赌
waggle	摇摆 摇动
wagon	四轮马车 货车
waif	流浪者
wail	哀号 嚎啕 呼啸 悲叹
wain	北斗七星
waist	腰部
waistb	腰带
waistc	马甲
waistl	腰围
wait	等待 等候 期待 延缓 伺候 推迟
waiter	侍者
waive	放弃 丢弃
waiver	放弃 弃权
wake	叫醒 激发 醒来 觉醒 守夜 痕迹
wakefu	觉醒 警觉 戒备 失眠
waken	唤醒 觉醒 激发 醒来
wal	第一流
walk	散步 步行 竞走 走路 处世 走过
walkab	徒步旅行
walkma	随身听
walkou	罢工 退席
walkwa	走道 人行道
wall	墙壁 屏障
walla	要人
wallab	沙袋鼠
wallet	皮夹
walley	白眼
wallin	人名
wallop	乱窜 猛冲 猛击 击溃 重击 冲击力
wallow	打滚 沉迷 颠簸 泥坑 堕落
wallpa	壁纸 墙纸
walnut	胡桃
walrus	海象
walsin	人名
waltz	圆舞曲
walwor	人名
wampum	金钱
wan	苍白 病态 暗淡
wander	游荡 漫步 徘徊 迷路 离题 蜿蜒
wane	减少 衰微 败落 亏缺 月亏 衰落
wangle	哄骗 伪造 假造
wank	手淫
want	缺乏 贫困 需要 希望 应该 缺少
wantag	缺少
wanton	荡妇 恶意 嬉戏 繁茂 淫荡 变化无常
war	战争 战术 军事 冲突 斗争 竞争
warble	颤声 鸟鸣
warbur	人名
ward	病房 守卫 保卫 保护 监护 牢房
warder	看守 守卫 看门人
wardro	衣橱
wardsh	监护
ware	物品 器具 货物 商品 陶器 留心
wareha	人名
wareho	仓库 货栈
warfar	战争 战斗 交战 斗争 竞争
warhea	弹头
warhol	人名
warhor	军马 老兵
wari	谨慎 留心 小心
warine	谨慎 注意 小心
wark	疼痛
warlik	好战 尚武 军事
warloc	魔术师
warlor	军阀
warm	暖和 温暖 热烈 兴奋 激烈 多情
warmth	温暖 温情 暖和 激动 生气
warn	警告 提醒 通知
warnin	警告
warp	变形 弯曲 歪曲 乖僻 偏差 偏见
warpat	征途
warran	授权 正当理由 根据 证明 批准 凭证
warrio	战士 勇士 武士 战斗 尚武
warsaw	华沙
warshi	军舰 战船
wartho	疣猪
wartim	战时
warton	沃顿
wary	谨慎 小心 机警 周到 唯恐
wash	洗涤 冲洗 粉刷 洗澡 漂浮
washab	耐洗
washba	脸盆
washbo	洗衣板
washbu	人名
washcl	毛巾 浴巾
washer	垫圈 洗衣机
washin	华盛顿
washou	冲刷 冲蚀 失败者
washro	盥洗室
washst	盥洗盆
wasim	人名
wasp	黄蜂 胡蜂
wastag	浪费 废物
waste	浪费 废物 损耗 消耗 垃圾 废弃
wastef	浪费 挥霍 耗费
wastep	废纸
waster	浪子 废品 次品
wastre	饭桶 浪子 废品 流浪者
watana	渡边
watch	观察 手表 看守 守护 监视 注视
watchd	监察人
watche	哨兵
watchf	注意 警戒 警醒 警惕 戒备
watchw	暗号 口令 标语 口号
water	雨水 海水 水位 水面 流水 流泪
waterc	水彩画
waterf	瀑布 水边 海滨 江边
waterg	水门 水闸 水门事件
waterh	水坑
waterl	滑铁卢 惨败
waterm	西瓜 船工 船家 船夫 水印
waterp	不透水 防水
waters	流域 分水岭
watert	不透水 无懈可击
waterw	航道 水路
watery	平淡 稀薄 水淋淋
watkin	人名
watl	人名
wattan	人名
wattle	枝条 板条
wave	波浪 波动 起伏 高潮 潮涌 突变
wavefu	波函数
wavele	波长
waver	动摇 踌躇 摇摆 颤抖 摆动 摇曳
wavy	波动
wax	增加 增大
waxen	苍白
waxwor	蜡像
waxy	苍白 生气 柔软 光滑
way	路线 路途 方法 道路 情形 规模
wayfar	旅行者
waylay	伏击 埋伏
waymar	路标
waysid	路旁
waywar	任性 难以捉摸 刚愎
wb	世界银行
wbc	白血球 白细胞
wc	厕所
weak	虚弱 软弱 无力
weaken	削弱 减弱 虚弱
weakl	低能儿 虚弱 懦弱
weakne	虚弱 薄弱 弱点
weal	福利 幸福 鞭痕
weald	旷野
wealth	财富 资源 财产 丰富 富裕 大量
wean	断奶 丢弃 小儿
weapon	武器 兵器 武装
wear	穿着 使用 耗损 服装 呈现 磨损
wearab	衣服
weari	疲倦 厌倦 无聊
wearin	疲倦 厌倦 疲劳
wearis	疲倦 厌倦 乏味
weary	疲倦 萎靡 厌倦 厌烦 疲乏 生厌
weasel	鼬鼠 告密者 躲避 告密
weathe	天气 气象 处境 迎风 侵蚀 风化
weave	编织 组合 编排 纺织
web	织物 圈套 结网
webber	韦伯
webmas	网络管理员
webpag	网页
websit	网站
wedd	韦德
wedge	楔子 楔形物 起因 挤进
wednes	星期三
wee	微小 一点点
weedki	除草剂
weedy	瘦弱 蔓生
week	星期 周刊 周报 每周
weekda	周日 平日
weeken	周末
weenie	微小 细小
weep	哭泣 流泪 哀悼 悲叹 滴下
weevil	象甲
weft	织物
weiden	人名
weigh	衡量 考虑 权衡 起锚 有意义 重压
weight	重量 体重 砝码 重大 影响 力量
weimar	魏玛
weinbe	人名
weird	怪异 超自然 不可思议 命运 预言 符咒
weirdn	命运 不可思议 离奇
weiss	白色
welcom	欢迎 受欢迎 可喜 接待
weld	焊接 密接 结合
welfar	福利 安宁 幸福 福利事业
well	泉水 源泉 涌出 健康 良好 适宜
wellbe	健康 幸福 福利 舒适 安宁
wellhe	水源 泉源
wellne	健康
welsh	威尔士 逃避责任
welt	贴边 鞭痕 殴打 鞭打
welter	翻滚 滚动 沉溺 浸湿 起伏 汹涌
wench	少妇 女仆 私通 嫖妓
werewo	狼人
wessel	人名
west	西方 西部
wester	西方人 西部片 西方 西洋 西部
wet	潮湿
wether	人名
wetlan	沼泽
wetnes	湿润 下雨
wetsui	潜水服
weu	西欧联盟
wg	水表
wh	白宫 白色
whack	猛击 削减 重击
whale	捕鲸 惨败
whaler	捕鲸船
whammy	吉祥物 晦气
whap	抽出 打败 征服 重击
wharf	码头
wharto	沃顿
wheat	小麦
wheel	轮子 车轮 方向盘 旋转 机构 转动
wheelb	手推车 独轮车 轴距
wheelc	轮椅
wheelh	驾驶室
wheeze	喘气 喘息
wheezy	气喘
whelk	酒刺
whence	根源
whenev	每当 每逢
wherea	然而 鉴于
whereb	如何 因此 由此
wheref	为此 因此 理由 原因
whereu	因此 于是
whet	磨快 刺激 促进
whethe	是否 不论
whetst	磨石
whey	乳清
whiff	一阵 一点点 喷气 垂钓 喷出
whig	辉格党
whilst	只要 然而 尽管
whim	冲动 怪念头 绞盘
whimpe	抽泣 呜咽 啜泣 哭诉
whimsi	反复无常 古怪 异想天开 奇形怪状
whimsy	怪念头 反复无常 绞盘
whine	哀鸣 哭诉
whinge	哭诉
whiny	烦躁
whip	鞭子 抽打 车夫 鞭打 搅拌 煽动
whippy	柔韧 鞭子 有弹性
whir	呼呼声
whirl	回旋 旋转 眩晕 发晕
whirli	旋转木马 循环 轮回 变迁
whirlp	漩涡 涡流
whirlw	旋风
whirr	呼呼声 嗡嗡声 匆忙 熙攘 纷乱
whisk	扫帚 挥动 搅拌 飞奔
whiske	威士忌酒
whisky	威士忌酒
whispe	耳语 密谈 谣传
whist	肃静 无声 安静
whistl	口哨 汽笛 吹口哨
whisto	人名
whit	些微 一点点
whitbr	人名
whitch	人名
white	白色 洁白 眼白 蛋白 纯洁 白种
whitef	白鲸
whiteh	白厅
whiten	苍白 洁白 漂白 增白剂 漂白剂
whitew	粉饰
whitis	发白
whitlo	人名
whitma	惠特曼
whitmo	人名
whitti	人名
whittl	削弱 削减 大刀 屠刀
whitto	人名
whitty	人名
whiz	专家
whizz	专家
whoa	停止
whol	完全 整个 统统 全部
whole	全部 全体 整体 所有 完整 完全
wholeh	全心全意 全神贯注 一心一意 诚恳
wholen	全体 一切 完全
wholes	批发 大规模
whoop	呐喊 一点点 叫喊 鸣叫 唤起
whoope	哈哈 喧闹
whop	抽出 打败 征服 重击
whoppe	弥天大谎
whore	娼妓 卖淫
whoreh	妓院
whyte	怀特
wi	狡猾
wick	邪恶 缺德 刻毒 恶劣 淘气
wicke	人名
wicked	邪恶 不道德 坏透 不愉快 顽皮
wicker	柳条
wicket	捕手
wickha	人名
wide	广阔 普遍 宽阔 广泛 一般 大千世界
widen	加宽 扩大
widesp	普及
widget	装饰物
widow	寡妇 孀妇
widowe	鳏夫
widowh	守寡
width	宽度 宽广 广博
wield	挥舞 运用
wife	妻子 太太 夫人
wig	假发 斥责 激怒 发狂 激动
wigg	蠕动 起伏
wiggle	摆动 孑孓
wight	人类
wightm	人名
wigley	人名
wigmor	人名
wiki	维基百科
wil	阴茎 阳物 柳树
wilcoc	人名
wild	荒野 野性 野蛮 野生 失控 任性
wildca	野猫
wilder	荒野 大量
wildfi	磷火 鬼火 野火
wildfl	野花
wildne	野生 野蛮 粗暴
wile	诡计 狡猾 引诱 诱骗 消遣
wiley	威利
wilf	人名
wilful	任性 固执 故意 存心 蓄意 倔强
wilhel	威廉
wilk	人名
wilkie	人名
willem	人名 威廉
willes	人名
willet	人名
willfu	任性 故意 有意
willi	威利斯
willia	威廉 钞票 纸币
willie	威利
willin	乐意 心甘情愿 愿意 自动 欣然
willow	柳树
willpo	毅力 意志力
wilson	威尔逊
wilt	枯萎 衰弱 畏缩 憔悴
wiltsh	威尔特郡
wim	人名
wimble	温布尔登
wimbor	人名
wimpis	懦弱 无用 哭哭啼啼
win	赢得 成功 获胜 达到 影响 胜利
wince	畏缩 退避 退缩
winch	曲柄 绞车
winche	人名
wind	气息 气味 呼吸 风声 趋势 空谈
windbr	风衣
windfa	横财
windho	温得和克
windla	绞盘 辘轳
windle	平静
windmi	风车
window	窗户 窗子 窗口
windpi	气管
windpr	防风
windsh	挡风玻璃
windst	暴风
windsu	帆板
windus	人名
windwa	上风
windy	吹牛
wine	葡萄酒 果酒 喝酒
wing	翅膀 机翼 派别 飞过 空运 飞行
winge	人名
winger	边锋
wingfi	人名
wingma	僚机
wingsp	翼展
wink	眨眼 眼色 瞬间 闪烁
winkle	逐出 闪耀
winner	胜利者
winnin	娇媚 迷人
winnip	温尼伯
winnow	精选 扬谷 飞翔
wino	醉鬼 酒鬼
winsom	引人注目 迷人 可爱
winsta	人名
winsto	温斯顿
winter	冬季 衰退期 冬天 过冬
wintry	寒冷 冷淡
wipe	擦拭 凸轮 消灭
wipeou	倒台
wire	电线 电报 电信 铁丝网
wirele	无线电 无线
wireta	窃听
wisbec	人名
wiscon	威斯康星
wisdom	智慧 学识 名言 贤人
wise	明智 聪明 博学 狡猾 机灵 知道
wisecr	俏皮话
wish	希望 愿望 祝愿 命令 请求 想要
wishfu	愿望 渴望 一厢情愿
wispy	细微 飘渺
wistfu	惆怅 渴望 想望 思念
wit	机智 智力 头脑 理智 妙语
witch	巫婆 女巫 迷惑
witchc	巫术 魔法 魔力
withal	此外 而且
witham	人名
withdr	撤回 取回 撤退 拉开 移开 离开
wither	凋谢 消亡 畏缩 枯萎 衰退
withho	停止 扣留 保留 克制
within	内部 里头
withou	没有 户外 外面 外部
withst	抵住 顶住 经得起
witles	愚蠢 糊涂 无知
witnes	证人 目击者 证据 证词 目击 作证
wittge	维特根斯坦
witti	机智 机敏 俏皮
wittic	妙语 俏皮话
wittin	有意 存心
witty	诙谐
wiz	奇才 能手 行家
wizard	男巫 奇才 巫术
wizen	枯萎
wm	水表 威廉
wobb	摆动
wobble	摆动 摇晃 抖动 摇摆 游移不定 颤动
wodge	一堆
woe	悲哀 悲痛 苦痛
woebeg	愁眉苦脸
woeful	悲伤 不幸 悲哀
wog	阿拉伯人 病菌 疾病
wold	荒野
wolf	狼吞虎咽 大吃
wolff	人名 沃尔夫
wolfis	贪得无厌 残暴
wollst	人名
wolste	人名
wolver	人名
woman	女人 妇女 女仆 女性
womani	色鬼
womank	女子 妇女 女性
womb	子宫 发源
wonder	奇迹 惊奇 惊愕 惊讶 怀疑 奇妙
wondro	惊奇 非常 极其
wonky	不稳 摇晃 靠不住
wont	习惯 惯常
wonton	馄饨
woo	追求 恳求 求爱 央求
wood	木材
woodbi	英国人
woodbl	木板 木版 版画
woodbr	人名
woodch	土拨鼠
woodco	丘鹬
woodcu	木刻
wooden	木制 呆笨 木然
woodfo	人名
woodhe	人名
woodla	林区
woodle	人名
woodma	樵夫
woodpe	啄木鸟
woodsm	樵夫 伐木工
woodsy	树林
woodvi	人名
woodwi	木管乐器
woodwo	木工
woody	木质
woof	纬线 织物
wool	羊毛 毛织物 毛线 绒线
woolen	羊毛 毛线衣
woolto	人名
woolwi	人名
woozy	头昏眼花 虚弱
word	消息 诺言 命令
wordle	沉默 无言
wordpl	俏皮话 双关语
wordsm	作家
wordy	口头 多言
work	工作 劳动 职业 行为 作品 成果
workad	工作日 普通
workbe	工作台
workbo	笔记本
workda	工作日
worker	工人 劳动者
workfl	工作流程
workfo	劳动力
workho	感化院
workin	劳动者 工人
worklo	工作量
workma	工人 工匠 男工
workou	试验 试用 锻炼
workpi	工件
workpl	工厂 车间
workro	工作室
worksh	车间 研讨会
workst	工作站
workta	工作台
workto	桌面 台面
world	世界 地球 宇宙 万物 世人 人间
worldl	俗气
worldv	视力 观点
worldw	全世界
worm	蠕虫 小人物 螺纹 蜗杆
wormwo	苦艾 苦恼
wormy	虫蛀
worrel	人名
worrie	担心 焦虑
worris	麻烦
worry	担心 烦恼 忧虑 苦恼 撕咬 焦虑
worryi	焦虑 烦恼
worsen	恶化
worshi	崇拜 礼拜 尊敬
worsle	人名
wort	植物
worth	价值 财产 值得
worthi	价值 相当 值得
worthl	无益 无足轻重
worthy	有价值 可敬 值得
wr	勒索 折磨 痛苦 蠕动
wrack	破坏
wragg	人名
wraith	幻影 幽灵
wrangl	争论 口角 辩驳 放牧 吵嘴 牧人
wrap	外套 围巾 限制 约束 秘密 换行
wrapar	全景
wrappe	包装物 覆盖物
wrath	愤怒 激怒 严酷
wrathf	愤怒 愤慨
wreak	发泄 报仇
wreath	花圈 花环 圈状物
wreck	失事 残骸 破坏 拆毁
wrecka	残骸 失事 破坏
wren	鹪鹩
wrench	扳钳 扳手 扭伤 歪曲 痛苦 曲解
wrest	夺取 歪曲
wrestl	摔跤 角力 搏斗 斗争 斟酌
wretch	可怜 不幸 卑鄙
wriggl	蠕动 蜿蜒 摆脱
wright	制作者 工人
wrigle	箭牌
wrinkl	皱纹 妙计 方法 技巧 起皱纹
wrist	手腕
wristb	袖口
wristw	手表
write	书写 著述 写字 写信 写作 作曲
writer	作家
writhe	盘绕 苦恼 扭曲 缠绕 蠕动
wrong	错误 不正当 失常 不正确
wrongd	坏事
wrongf	不正当 不法 不妥
wrongn	谬误 不当
wry	歪曲 歪斜 扭曲 做鬼脸 苦笑 嘲讽
wu	工作单位
wunder	神童
wuther	咆哮
ww	栈单
wyke	人名
wylie	人名
wyllie	人名
wyn	人名
wyom	怀俄明
wysiwy	所见即所得
xenoph	陌生人
xeric	干旱
xi	粒子
xiaop	邓小平
xii	罗马数字
xiii	罗马数字
xiv	罗马数字
xix	罗马数字
xl	特大号
xvi	罗马数字
xvii	罗马数字
xviii	罗马数字
xx	血型
xxii	罗马数字
xyloph	木琴
ya	年轻人 偏航轴
yacht	快艇 游艇
yahweh	耶和华
yak	牦牛 饶舌 喋喋不休
yakovl	人名
yale	耶鲁
yalta	雅尔塔
yam	山药 薯蓣
yamaha	雅马哈 商标
yammer	哀号 哭泣 嗥叫 抱怨 哭诉 废话
yankee	美国佬
yap	狂吠 瞎扯 责骂 废话
yard	庭院
yardle	人名
yardst	准绳
yarn	纱线 故事
yasser	人名
yassir	人名
yate	人名
yaw	偏航
yawn	哈欠 打哈欠 裂开
yea	肯定 赞成 赞成票
year	年度 年龄 每年 一年一度
yearbo	年鉴
yearn	渴望 想念 怀念 同情
yeast	酵母
yeasty	酵母 起泡沫 浅薄
yegor	人名
yell	叫喊 叫声 喊声 呐喊
yellow	黄色
yelp	叫喊
yeltsi	叶利钦
yen	日元 渴望 嗜好
yeoman	自耕农
yes	同意
yeshiv	学校
yester	昨天
yet	仍然 已经 然而
yeti	雪人
yew	紫杉
yiddis	意第绪语 犹太人
yield	出产 给予 放弃 屈服 投降 倒塌
yin	一个
yitzha	人名
yob	乡巴佬
yoghur	酸乳 酸奶
yogic	瑜伽
yogurt	酸乳酪
yok	哈哈大笑
yoke	牛轭 束缚 连接 结合 匹配
yokel	乡巴佬 土包子 乡下佬
yokoha	横滨
yolk	蛋黄 卵黄
yon	那边 远处
yonder	那边
yore	从前 往昔
york	约克郡
yorke	人名 约克
yorksh	约克郡
young	年轻 朝气蓬勃
youngs	小孩 年轻人 少年
youni	人名
youth	年轻 青春
youthf	年轻 青年
yowl	惨叫 号叫 吼声 怒斥
yugosl	南斯拉夫
yule	圣诞节
yum	极好 美味
yummy	美味 可口 赏心悦目 愉快
yuppie	雅皮士
yuppy	雅皮士
yurt	蒙古包
yussuf	人名
yusuf	人名
zag	急转
zagreb	萨格勒布
zaire	扎伊尔
zairea	扎伊尔
zairia	扎伊尔
zak	人名
zambia	赞比亚
zamora	人名
zany	小丑 笨人 马屁精 滑稽
zanzib	桑给巴尔
zap	杀死 活力 精力
zapper	微波
zeal	热心 热衷 热诚
zealot	狂热
zealou	热衷 热诚 热心 热情 渴望 积极
zebra	斑马
zeinab	人名
zeit	时间
zen	禅宗
zenith	顶点 顶峰
zeolit	沸石
zephyr	和风
zero	零点 零度 乌有 最低点 没有
zest	兴趣 热情 风味 热心
zesty	热心 热忱 热情 滋味 风趣 香味
zeus	宙斯
zig	急转 转弯
zigzag	之字形 曲折 锯齿形
zilch	一无所有 小人物
zimbab	津巴布韦
zimmer	年老
zinger	警句
zion	锡安山 耶路撒冷 天国 天堂
zionis	犹太复国主义者 犹太复国主义
zip	拉链 活力
zipper	拉链
zippy	敏捷 活泼
zircon	锆石
zit	丘疹
zoe	生命
zola	左拉 小说家
zombie	僵尸 鸡尾酒
zonal	分区
zone	地带 地区 环绕
zoo	动物园
zoolog	动物学
zoom	嗡嗡声 猛增
zulu	祖鲁人
zygote	合子 受精卵
zz	锯齿形
