/**
 * The page's one decision (reading.ts): each evidence rule alone, the grammar, and the
 * note a near tie leaves.
 */
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/split/classify.ts";
import { EVIDENCE, storyLines } from "../../src/split/evidence.ts";
import { LINE_RULES, normalize } from "../../src/split/normalize.ts";
import { nearTie, readRoles, readStories } from "../../src/split/reading.ts";
import { endsMidWord } from "../../src/split/words.ts";
import { read } from "./helpers.ts";

const classified = (...texts: string[]) => texts.map((text, i) => classifyLine(normalize(text, LINE_RULES).text, i + 1));
const rule = (name: string) => EVIDENCE.find((r) => r.name === name)!;
/** What a rule weighs for the line marked with a leading '>' among its neighbours. */
function weigh(name: string, texts: string[]) {
  const at = texts.findIndex((t) => t.startsWith(">"));
  const lines = classified(...texts.map((t) => t.replace(/^>/u, "")));
  // The marked line of glued-to-text was parted from the line after it (unglue).
  if (name === "glued-to-text") lines[at] = { ...lines[at]!, glued: true };
  return rule(name).weigh(storyLines(lines), at);
}

const STORY = ["政务公开是这样炼成的", "■ 本报记者 赵宗锋", "近年来，我市不断优化公开平台。"];

describe("evidence rules, each alone", () => {
  it.each([
    ["over-credit", [">雪后古城", "■ 本报记者 林海"], "heading"],
    ["over-credit", [">阳谷县", "分支机构信息变更一次办好", "本报讯 近日，阳谷县推出新举措。"], "heading"],
    ["over-credit", [">聚力九个学行的", "-高唐公路工作纪实", "■ 本报通讯员 闫宗鹏"], "heading"],
    ["stacked", [">全市新建", "口袋公园46处", "今年以来，我市新建口袋公园46处。"], "heading"],
    ["bullet", [">△ 临清市召开会议"], "heading"],
    ["glued-to-text", [">城区新增3处便民停车场", "记者1月8日从市城市管理局获悉，城区新建的3处便民停车场日前投入使用。"], "heading"],
    ["closed-below", [">城区供暖全面启动", "11月15日，城区集中供暖正式启动。", "全市供热面积达3200万平方米。（记者 张三）"], "heading"],
    ["last-line", ["会议召开。", ">城区供暖全面启动"], "heading"],
    ["over-a-credited-photo", ["会议召开。", ">雪后古城", "1月8日，雪后的古城银装素裹。", "本报记者 林海 摄"], "heading"],
    ["lead-paragraph-under", ["全市共开工项目58个。", ">物流园区建设正酣", "3月17日，在开发区一处物流园区建设现场，工人们正在作业。"], "heading"],
    ["parts-the-text", ["全市共开工项目58个。", ">线上订购成新选择", "不少农户选择通过手机下单。"], "subhead"],
    ["part-label", ["全市共开工项目58个。", ">一、把握新质生产力的内涵", "新质生产力是创新起主导作用的先进生产力。"], "subhead"],
    ["over-a-turn", ["全市共开工项目58个。", ">剪纸传承五十年", "记者：您学剪纸多少年了？"], "subhead"],
    ["closed-below", ["■ 本报记者 祝晓阳", "夜市街区人头攒动。", ">市中医院开设午间门诊", "为方便上班族就医，市中医院开设午间门诊。（记者 甘露）"], "heading"],
    ["closed-below", ["目前，全县农家书屋累计开展活动800余场次。", ">阳谷县首批共富工坊投产", "8月8日，阳谷县首批12家共富工坊集中投产。", "工坊由村集体提供场地。（据阳谷县融媒体中心）"], "heading"],
    ["name-after-the-text", ["巡查中，志愿者还走进村庄。", ">王晓东", "冠县鸭梨喜获丰收", "眼下，冠县万亩梨园进入采摘期。"], "credit"],
    ["box-label", ["目前，该判决已生效。", ">以案说法", "东昌府区人民法院法官孔维娜：经营者提供商品有欺诈行为的，应当赔偿。"], "aside"],
    ["box-label", ["法院依法对其从轻处罚。", ">律师提醒", "山东运河律师事务所律师侯振宇："], "aside"],
    ["credited-story-above", ["口袋公园建设提速", "■ 本报记者 段子琪", "今年以来，我市新建口袋公园46处。", ">5月15日，市民在城区一处口袋公园里散步休闲。", "本报记者 冯子健 摄"], "photo"],
    ["set-of-captions", ["金秋时节丰收忙", "9月30日，大型收割机正在抢收玉米。", "9月30日，工人在分拣刚采摘的辣椒。", ">10月1日，果农在采摘苹果。", "本报记者 许金松 摄"], "body"],
    ["set-of-captions", ["非遗技艺进校园", "图①：学生在学习剪纸。", ">图②：学生展示葫芦雕刻作品。", "本报记者 张承斌 摄"], "body"],
    ["box-after-a-box", ["全县小麦进入返青期。", "专家提醒", "发现病株要及时喷药防治。", ">农时提示", "惊蛰至春分：小麦镇压划锄，提温保墒。"], "heading"],
    ["table-in-the-text", ["■ 本报记者 常安", "施工人员正在进行路面摊铺。", ">重点项目进展情况", "项目名称｜建设内容｜总投资（亿元）", "滨河路西延｜新建主干路6.8公里｜9.2", "清河大桥改建｜重建桥梁1座｜4.5", "市住建局表示，两个项目年底前建成通车。"], "row"],
    ["numbered-captions", ["体验课每周六上午开放，需提前预约。", ">①传承人在木板上刻制线版。", "②学生们体验套色印刷。", "本报记者 殷远 摄"], "photo"],
    ["numbered-captions", ["体验课每周六上午开放，需提前预约。", "①传承人在木板上刻制线版。", ">②学生们体验套色印刷。", "本报记者 殷远 摄"], "body"],
    ["name-under-headline", ["老屋", ">周晓白", "老屋在村子的最东头，是爷爷年轻时亲手盖的。"], "byline"],
    ["name-under-headline", ["把握新质生产力的实践要求", ">陈立新 黄晓梅", "发展新质生产力是推动高质量发展的内在要求和重要着力点。"], "byline"],
    ["closed-below", ["石桥镇千亩小麦开展一喷三防", "王晓峰 李春燕", "4月8日，两台植保无人机在麦田里来回穿梭。", ">城关街道为辖区老人免费体检", "近日，城关街道为300余名老人免费体检。（通讯员 杜晓丽）"], "heading"],
    ["signs-the-notice", ["关于东湖路封闭施工的通告", "自2024年6月15日起，对东湖路实行全封闭施工。", "特此通告。", "水城市公安局交通警察支队", ">水城市城市管理局"], "signature"],
    ["signs-the-notice", ["注销公告", "水城市顺达物流有限公司拟申请注销登记。", ">水城市顺达物流有限公司清算组"], "signature"],
    ["credit-under-text", ["老旧小区加装电梯提速", "记者近日从市住房和城乡建设局了解到，去年全市共加装电梯146部。", ">本报记者 汤丽娜", "为让加装电梯少跑腿，市里推行一窗受理。"], "credit"],
    ["byline-under-the-lead", ["老旧小区加装电梯提速", "记者近日从市住房和城乡建设局了解到，去年全市共加装电梯146部。", ">本报记者 汤丽娜", "为让加装电梯少跑腿，市里推行一窗受理。"], "byline"],
    // The issuer under a forecast's rows is the table's, as its source is.
    ["table", ["未来三天天气", "10日（周四） 小雨 12℃～19℃ 北风3级", "11日（周五） 多云 11℃～20℃ 北风2级", ">发布单位：临川市气象台 发布时间：4月9日16时"], "row"],
    ["box-credited-apart", ["少年足球邀请赛周末开赛", "记者 涂小禾", "组委会介绍，本届比赛首次引入视频回看。", ">出行提醒", "建议观众乘坐公交12路前往。（记者 骆一鸣）"], "heading"],
    // A date with its weekday and a kick-off time are a row's figures.
    ["table", ["第21轮赛程", ">9月6日（周六） 15:30 云岭队VS北湾队 云岭奥体中心", "9月6日（周六） 19:00 东河队VS石滩队 东河体育场"], "row"],
    ["name-under-headline", ["春天的信", ">林青禾", "风从南边来", "带着河水的气味", "柳枝在窗外"], "byline"],
    ["over-a-bare-byline", ["柳枝在窗外", ">老屋", "周晓白", "老屋在村子的最东头，是爷爷年轻时亲手盖的。"], "heading"],
    ["verse", ["秋夜", "□ 林青禾", "月光落在运河上", ">像一封没有寄出的信，", "桨声很轻"], "row"],
    ["list-rows", ["水城女排以3:1战胜临海队。", "本轮其他比赛结果：", ">北港队 3:0 东川队", "西陵队 3:2 南屿队"], "row"],
    ["list-rows", ["水城女排以3:1战胜临海队。", ">积分榜", "1. 青山队 24分", "2. 水城队 21分"], "row"],
    ["table", ["一季度全市主要经济指标", ">地区生产总值 2386.4亿元", "固定资产投资 增长4.9%"], "row"],
    ["table", ["一季度全市主要经济指标", "固定资产投资 增长4.9%", ">数据来源：江州市统计局"], "row"],
    ["table", ["一季度全市主要经济指标", ">地区生产总值：2386.4亿元", "固定资产投资：增长4.9%"], "row"],
    ["table", ["青山区代表团位列金牌榜第一。", ">附：金牌榜前两名", "名次 代表团 金牌 总分", "1 青山区 42 1268.5"], "row"],
    ["table", ["青山区代表团位列金牌榜第一。", ">名次 代表团 金牌 总分", "1 青山区 42 1268.5", "2 江北区 37 1105"], "row"],
    // Dates, telephone numbers and figures with a word between them are cells too; a header's cell may carry its unit.
    ["table", ["本周尾号限行", "日期 星期 限行尾号", ">7月13日 星期一 1和6", "7月14日 星期二 2和7"], "row"],
    ["table", ["便民热线", "市民服务热线 12345", ">燃气抢修 0762-8210000"], "row"],
    ["table", ["农产品价格", ">品名 单价（元/公斤） 涨跌", "大白菜 1.60 -0.20", "土豆 3.00 持平"], "row"],
    ["fields", ["城北片区线路检修", ">停电时间：7月16日8:00至18:00", "停电范围：北环路以北、健康路以西"], "row"],
    ["question-under-a-label", ["法庭：第一审判庭", "以案释法", ">借条没写利息，能否主张利息？", "2024年，张某向朋友刘某借款5万元，借条上未写利息。"], "heading"],
    ["fields", ["（2026）南01民初238号", "原告：李某", ">被告：南屏市安居房地产开发有限公司", "案由：商品房预售合同纠纷"], "row"],
    ["over-fields", ["影响区域：南湖花园、锦绣家园", ">人民路供水管网改造", "停水时间：7月18日22:00至次日6:00", "停水范围：人民路、建设街"], "heading"],
    ["after-the-data", ["便民热线", "市民服务热线 12345", "燃气抢修 0762-8210000", ">今日天气", "今天白天多云转晴，最高气温33℃。"], "heading"],
  ])("%s weighs for the line as %s", (name, texts, role) => {
    const seen = weigh(name, texts);
    expect(seen?.saw).toBeTruthy();
    expect(seen!.weights[role as "heading"]).toBeGreaterThan(0);
  });

  it.each([
    ["too-long-for-subhead", ["会议召开。", ">我市持续深化政务公开工作不断提升政府透明度和公信力和执行力", "会议指出。"], "subhead"],
    ["paragraph-opening", ["会议召开。", ">近年来城区变化大", "会议指出。"], "subhead"],
    ["like-a-sibling", ["开发区打造便民服务品牌。", ">开发区聚焦项目建设", "服务企业二百余家。"], "subhead"],
    ["as-wide-as-text", ["5月5日，在东昌湖畔，市民在花海中拍照留念。“五一", ">”假期以来，湖区各类花卉竞相开放，吸引大量", "游客前来观赏，湖区各类花卉竞相开放。", "5月4日，在阳谷县一处小麦种植基地，植保无人", "机正在进行“一喷三防”作业，效果很好。", "近日，茌平区一家新能源企业的工人在生产", "线上忙碌，该企业今年订单同比增长。", "游客在采摘园体验采摘乐趣，收获满满。"], "heading"],
    ["byline-at-the-end", ["街口的修鞋摊已经摆了三十年。", ">守正也要创新", "问：年画怎样走进今天的生活？", "答：想在社区开公益课。（本报记者 程远 实习生 舒畅）"], "heading"],
    ["ends-mid-word", ["会议召开。", ">城区新增口袋公", "园46处，市民休闲有了去处，公园里的健身器材和儿童游乐设施很受市民欢迎，每天都有不少人来锻炼。"], "heading"],
    // A poem's verse runs on to the next poem's title, the one line right over its byline.
    ["poem-goes-on", ["春耕", "◆ 叶知秋", "田埂上的水", "亮得晃眼", ">牛慢慢走", "犁就慢慢地", "山中", "◆ 白石溪", "云落在半山"], "heading"],
    ["poem-goes-on", ["春耕", "◆ 叶知秋", "田埂上的水", "亮得晃眼", "牛慢慢走", ">犁就慢慢地", "山中", "◆ 白石溪", "云落在半山"], "heading"],
  ])("%s weighs against the line as %s", (name, texts, role) => {
    const seen = weigh(name, texts);
    expect(seen?.saw).toBeTruthy();
    expect(seen!.weights[role as "heading"]).toBeLessThan(0);
  });

  it.each([
    ["over-credit", [">线上订购成新选择", "不少农户选择通过手机下单。"]],
    ["stacked", ["会议召开。", ">线上订购成新选择", "不少农户选择通过手机下单。"]],
    ["closed-below", [">线上订购成新选择", "不少农户选择通过手机下单。", "会议指出。"]],
    ["lead-paragraph-under", ["全市共开工项目58个。", ">线上订购成新选择", "不少农户选择通过手机下单。"]],
    ["like-a-sibling", ["开发区打造便民服务品牌。", ">开发区聚焦项目建设", "近日，开发区召开会议。"]],
    ["ends-mid-word", ["会议召开。", ">线上订购成新选择", "不少农户选择通过手机下单。"]],
    // One paragraph closing on its credit may be the story's last part when the story above printed no byline.
    ["closed-below", ["夜市街区人头攒动。", ">线上订购成新选择", "不少农户选择通过手机下单。（本报记者 李明远）"]],
    // Text closing on a credit under the last subhead of a story parted by subheads: the credit is the whole story's.
    ["closed-below", ["夜市街区人头攒动。", "供应量同比增长一成", "市农业局数据显示储备充足。", ">线上订购成新选择", "不少农户选择通过手机下单。", "线上订单约占三成。（本报记者 李明远）"]],
    // A brief's credit names no outlet; a story credited at its top has its byline already.
    ["byline-at-the-end", ["街口的修鞋摊已经摆了三十年。", ">市中医院开设午间门诊", "为方便上班族就医。", "市中医院开设午间门诊。（记者 甘露）"]],
    ["byline-at-the-end", ["■ 本报记者 祝晓阳", "夜市街区人头攒动。", ">市中医院开设午间门诊", "为方便上班族就医。", "市中医院开设午间门诊。（本报记者 甘露）"]],
    ["stacked", ["全市共开工项目58个。", ">一、把握基层治理的新要求", "（一）从管理向服务转变", "过去一些地方习惯于我说你听。"]],
    ["stacked", ["保留了原有的街巷肌理。", "一、留住老手艺", ">街口的修鞋摊已经", "摆了三十年。"]],
    ["name-after-the-text", ["巡查中，志愿者还走进村庄。", ">阳谷县", "冠县鸭梨喜获丰收"]],
    ["name-after-the-text", ["巡查中，志愿者还走进村庄。", ">王晓东", "眼下，冠县万亩梨园进入采摘期。"]],
    ["name-after-the-text", ["巡查中，志愿者还走进村庄，", ">王晓东", "冠县鸭梨喜获丰收"]],
    ["box-label", ["目前，该判决已生效。", ">法院判决商家退一赔三", "花8000元在网上买的名表停走了。"]],
    ["set-of-captions", ["口袋公园建设提速", "■ 本报记者 段子琪", "9月30日，我市新建口袋公园46处。", ">10月1日，市民在城区一处口袋公园里散步休闲。", "本报记者 冯子健 摄"]],
    ["numbered-captions", ["体验课每周六上午开放，需提前预约。", ">①传承人在木板上刻制线版。", "本报记者 殷远 摄"]],
    ["box-after-a-box", ["全县小麦进入返青期。", ">专家提醒", "发现病株要及时喷药防治。"]],
    // A service item's table under its own title, no reported story above: an item of its own.
    ["table-in-the-text", ["请沿线居民提前储水，敬请谅解。", ">本周机动车尾号限行", "日期 星期 限行尾号", "7月13日 星期一 1和6", "7月14日 星期二 2和7", "限行时间为7时至20时，周末不限行。"]],
    ["box-after-a-box", ["一把刻刀守了四十年", "■ 本报记者 祁远", "人物档案", "汤守拙，1961年生，省级非遗传承人。", "初夏的午后，作坊里堆满了陶坯。", ">记者手记", "采访那天，他的手上又添了新伤。"]],
    ["box-after-a-box", ["专家提醒", "发现病株要及时喷药防治。", "植保无人机飞进麦田", ">相关链接", "全县已组建植保服务队18支。"]],
    // A dateline with no credit (本报讯 …) credits nobody: one paragraph closing on the credit under a short line is the story's last part.
    ["closed-below", ["银发学堂报名踊跃", "本报讯 由社会工作局资助的冬季课程本周开课。", "现年七十二岁的黄婆婆是智能手机班的学员。", ">主办方：明年增设课程", "主办方负责人表示，明年将增设摄影等课程。（记者 何颖珊）"]],
    ["numbered-captions", ["体验课每周六上午开放，需提前预约。", ">①传承人在木板上刻制线版。", "②学生们体验套色印刷。", "本报记者 殷远"]],
    ["set-of-captions", ["金秋时节丰收忙", "大型收割机正在抢收玉米。", ">10月1日，果农在采摘苹果。", "本报记者 许金松 摄"]],
    ["credited-story-above", ["金秋时节丰收忙", "9月30日，大型收割机正在抢收玉米。", ">10月1日，果农在采摘苹果。", "本报记者 许金松 摄"]],
    ["name-under-headline", ["运河人家", ">林青禾", "■ 本报记者 张三", "小时候，我家住在运河边。"]],
    ["signs-the-notice", ["本报讯 6月11日，会议召开。", ">水城市城市管理局", "■ 本报记者 张三", "城管局推出新举措。"]],
    ["byline-under-the-lead", ["老旧小区加装电梯提速", "记者近日从市住房和城乡建设局了解到，去年全市共加装电梯146部。", ">（通讯员 孟凡雪）", "为让加装电梯少跑腿，市里推行一窗受理。"]],
    ["byline-under-the-lead", ["老旧小区加装电梯提速", "日均就餐老人2.3万人次，满意率达97.6%", ">本报记者 汤丽娜", "为让加装电梯少跑腿，市里推行一窗受理。"]],
    ["name-under-headline", ["秋夜", "□ 林青禾", "月光落在运河上", ">黄昏", "桨声很轻", "把整条河的心事", "摇进了梦里"]],
    // A box closing on the story's own reporter is the story's box.
    ["box-credited-apart", ["少年足球邀请赛周末开赛", "记者 涂小禾", "组委会介绍，本届比赛首次引入视频回看。", ">出行提醒", "建议观众乘坐公交12路前往。（记者 涂小禾）"]],
    ["poem-goes-on", ["春耕", "◆ 叶知秋", "田埂上的水", "亮得晃眼", "牛慢慢走", ">山中", "◆ 白石溪", "云落在半山"]],
    ["poem-goes-on", ["会议召开。", ">线上订购成新选择", "不少农户", "选择通过手机下单"]],
    ["verse", ["运河人家", "□ 柳岸", ">老街", "小时候，我家住在运河边的老街上，每天天不亮，摇橹声就从河面上传过来。"]],
    ["list-rows", ["水城女排晋级四强", "教练说：", ">青山队卫冕", "■ 本报记者 林立", "青山队以3:0获胜。"]],
    // A headline with a figure in it is no table, nor a single row alone.
    ["table", ["会议召开。", ">冬奥会 中国队再夺1金", "■ 本报记者 张三"]],
    ["table", ["会议召开。", ">全市GDP 增长5.8%", "今年一季度，全市经济稳中向好。"]],
    ["table", ["会议召开。", ">附：相关政策解读", "记者从市人社局获悉。"]],
    // One field alone is a line of a story (a turn, a quotation's speaker), and a field may not hold a sentence.
    ["fields", ["会议召开。", ">时间：9月12日9时", "活动在文化广场举行，吸引了众多市民参加。"]],
    ["fields", ["会议召开。", ">记者：这项工作进展如何？还有哪些困难", "原告：李某"]],
    // Fields written as sentences are a story's text: the line over them may be its subhead.
    ["over-fields", ["今天白天多云转晴。", ">生活指数", "穿衣指数：炎热，宜穿短衫。", "紫外线指数：强，外出请注意防晒。"]],
    ["after-the-data", ["会议召开。", ">线上订购成新选择", "不少农户选择通过手机下单。"]],
    // Under a subhead of a story's text, a question is a line of the text (the subhead names a part, not a column).
    ["question-under-a-label", ["会议召开。", "一、为什么要改", ">为什么要这样做？", "因为群众有需要。"]],
    ["question-under-a-label", ["会议召开。", "阳谷县", ">为什么要这样做？", "因为群众有需要。"]],
  ])("%s sees nothing where nothing says so", (name, texts) => {
    expect(weigh(name, texts)).toBeNull();
  });
});

describe("words", () => {
  it.each([
    ["优化公开平台，促进信息发", "布“规范度”", true],
    ["城区新增口袋公", "园46处", true],
    ["水利部要求各地做好抗旱准备，确", "保农业生产用水。", true],
    ["政务公开是这样炼成的", "近年来，我市不断优化", false],
    ["全市新建", "口袋公园46处", false],
    ["水城女排晋级四强", "水城女排以3:1战胜临海队", false],
  ])("%s | %s: a word across the break is %s", (line, next, cut) => {
    expect(endsMidWord(line, next)).toBe(cut);
  });
});

describe("one reading of the whole page", () => {
  const roles = (...texts: string[]) => readRoles(classified(...texts)).map((r) => r?.role);

  it("reads a story whose byline moved to its end as one story: its subhead parts the text, its box stays under the byline", () => {
    const page = ["守住老手艺 讲好新故事", "问：您学习木版年画多少年了？", "答：整整三十年。", "守正也要创新", "问：年画怎样走进今天的生活？", "答：想在社区开公益课。（本报记者 程远 实习生 舒畅）", "记者手记", "采访结束时，柳絮把年画递给记者。"];
    // An interview's turn (问：…？) is settled as text: it heads nothing.
    expect(roles(...page)).toEqual(["heading", undefined, undefined, "subhead", undefined, undefined, "aside", undefined]);
    expect(readStories(classified(...page)).filter((l) => l.opens)).toHaveLength(1);
  });

  it("reads numbered rows right under their list's title as rows of one list, not a deck", () => {
    const page = ["建议选登", "（1）关于增设社区夜间托育点的建议（委员：许嘉禾）", "（2）关于完善老街排水管网的建议（委员：戴远舟）", "（3）关于推广农村电商服务站的建议（农工党江州市委）", "截至3月2日，共收到建议218件。"];
    expect(roles(...page)).toEqual(["heading", "row", "row", "row", undefined]);
    expect(readStories(classified(...page)).filter((l) => l.opens)).toHaveLength(1);
  });

  it("keeps an author's note under a closing credit in the piece it closes", () => {
    const page = ["以“小切口”推动基层治理", "小切口连着大民生。（王立新（中共水城市委党校））", "（作者单位：中共水城市委党校）", "短评", "让“协商议事”议出实效", "协商议事贵在“实”。"];
    expect(readStories(classified(...page)).filter((l) => l.opens).map((l) => l.line.text)).toEqual(["以“小切口”推动基层治理", "短评"]);
  });

  it("keeps a box after a brief's own credit apart from the brief", () => {
    const page = ["城区供暖全面启动", "11月15日，城区集中供暖正式启动。（记者 张三）", "记者手记", "采访结束时，工人们还在巡线。"];
    expect(readStories(classified(...page)).filter((l) => l.opens).map((l) => l.line.text)).toEqual(["城区供暖全面启动", "记者手记"]);
  });

  it("reads a short line between sentences of a story as a subhead, and over a byline as the next story's headline", () => {
    expect(roles(...STORY, "优化公开平台", "步入市政府办公楼北楼，信息格外引人注目。")).toEqual(["heading", undefined, undefined, "subhead", undefined]);
    expect(roles(...STORY, "开发区持续优化营商环境", "■ 本报记者 李四", "开发区打造便民服务品牌。")).toEqual(["heading", undefined, undefined, "heading", undefined, undefined]);
  });

  it("carries text that stops mid-sentence on into a short line: no subhead", () => {
    expect(roles(...STORY, "全市已展示重点工作事项815条", "开发区打造便民服务品牌", "有效提升了政府工作执行力。")[3]).not.toBe("subhead");
  });

  it("opens a story at a short line where none is open, whatever the text under it", () => {
    expect(roles("（时政动态）", "线上订购成新选择", "不少农户选择通过手机下单。")[1]).toBe("heading");
    expect(roles("会议召开，新华社电。（新华社电）", "线上订购成新选择", "不少农户选择通过手机下单。")[1]).toBe("heading");
  });

  it("closes a story at a name alone after its last sentence: the next short lines head a story", () => {
    expect(roles("高唐县开展防溺水安全巡查", "暑假期间，高唐县开展防溺水安全巡查。", "王晓东", "冠县鸭梨喜获丰收", "眼下，冠县万亩梨园的早熟鸭梨进入采摘期。")).toEqual(["heading", undefined, "credit", "heading", undefined]);
  });

  it("reads a box's name after the story's text as its aside, and where no story is open as a heading", () => {
    expect(roles(...STORY, "以案说法", "法官孔维娜：经营者提供商品有欺诈行为的，应当赔偿。")[3]).toBe("aside");
    expect(roles("相关链接", "法官孔维娜：经营者提供商品有欺诈行为的，应当赔偿。")[0]).toBe("heading");
  });

  it("keeps a set of captions under one credit together, and parts a caption from a credited story above", () => {
    const set = ["金秋时节丰收忙", "9月30日，大型收割机正在抢收玉米。", "9月30日，工人在分拣刚采摘的辣椒。", "10月1日，果农在采摘苹果。", "本报记者 许金松 摄"];
    expect(roles(...set)[3]).toBe("body");
    expect(roles(...STORY, "5月15日，市民在城区一处口袋公园里散步休闲。", "本报记者 冯子健 摄")[3]).toBe("photo");
    expect(read(set.join("\n")).articles.map((a) => [a.title, a.type, a.body.length, a.reporter.map((r) => r.name)])).toEqual([["金秋时节丰收忙", "photo", 3, ["许金松"]]]);
  });

  it("keeps a story open under a byline printed after its lead, and closes it under a credit in brackets", () => {
    const lead = ["老旧小区加装电梯提速", "记者近日从市住房和城乡建设局了解到，去年全市共加装电梯146部。"];
    const more = "为让加装电梯少跑腿，市里推行一窗受理。";
    expect(read([...lead, "本报记者 汤丽娜", more].join("\n")).articles.map((a) => [a.title, a.body.length, a.reporter.map((r) => r.name)])).toEqual([["老旧小区加装电梯提速", 2, ["汤丽娜"]]]);
    expect(read([...lead, "（通讯员 孟凡雪）", more].join("\n")).articles).toHaveLength(2);
  });

  it("reads a numbered part over its first sub-part as two subheads", () => {
    expect(roles(...STORY, "一、把握基层治理的新要求", "（一）从管理向服务转变", "过去一些地方习惯于我说你听。").slice(3, 5)).toEqual(["subhead", "subhead"]);
  });

  it("a near tie leaves a note naming both readings and the evidence for each", () => {
    const lines = classified(...STORY, "物流园区建设正酣", "3月17日，在开发区一处物流园区建设现场，工人们正在进行钢结构吊装作业。", "该项目建成后将新增仓储面积8万平方米。");
    const reading = readRoles(lines)[3]!;
    expect(reading.role).toBe("subhead");
    expect(reading.runnerUp).toBe("heading");
    const note = nearTie(lines[3]!, reading);
    expect(note?.code).toBe("close-reading");
    expect(note?.message).toContain("read as a subhead (parts-the-text)");
    expect(note?.message).toContain("as a new story's headline (lead-paragraph-under)");
    // A clear reading leaves none.
    const clear = classified(...STORY, "优化公开平台", "步入市政府办公楼北楼，信息格外引人注目。");
    expect(nearTie(clear[3]!, readRoles(clear)[3]!)).toBeNull();
  });

  it("the near tie's note reaches the editor with the story", () => {
    const page = [...STORY, "物流园区建设正酣", "3月17日，在开发区一处物流园区建设现场，工人们正在进行钢结构吊装作业。"].join("\n");
    expect(read(page).warnings.filter((w) => w.code === "close-reading").map((w) => w.line)).toEqual([4]);
  });
});

describe("a rule across the column", () => {
  const page = (rule: string) =>
    ["第6版 社会", rule, "城区新增12处充电桩", "为方便新能源车主充电，市城管局在城区新增12处公共充电桩。", "目前，市民可通过小程序查询空闲充电桩位置。", rule, "小学生拾金不昧", "12月4日，实验小学学生刘子涵在放学路上捡到一个钱包。", "失主当天取回钱包，并送来感谢信。", rule, "冬季取暖注意用电安全", "入冬以来，我市火灾警情有所上升。", rule].join("\n");

  it.each(["——————————————————", "==========", "＊＊＊＊＊＊", "- - - - - - - -"])("parts the stories it stands between (%s)", (rule) => {
    expect(read(page(rule)).articles.map((a) => a.title)).toEqual(["城区新增12处充电桩", "小学生拾金不昧", "冬季取暖注意用电安全"]);
  });

  it("leaves a box's label under it in its story", () => {
    const boxed = ["小学生拾金不昧", "■ 本报记者 王芳", "", "12月4日，实验小学学生刘子涵在放学路上捡到一个钱包。", "", "————————", "编后", "", "拾金不昧是中华民族的传统美德。"].join("\n");
    expect(read(boxed).articles.map((a) => [a.title, a.body.at(-1)!.kind])).toEqual([["小学生拾金不昧", "aside"]]);
  });
});

describe("more short lines stacked than a deck prints", () => {
  it("are a list under its title, each line a row, not one long headline", () => {
    const page = ["第一篇稿件", "近日，江州市举办了一场读书征文活动，共收到稿件600余篇。", "“全民阅读”征文获奖名单", "一等奖", "《父亲的书架》 张晓红", "《运河边的灯》 刘建国", "二等奖", "《一本旧字典》 王丽", "《我和图书馆》 陈思远"].join("\n");
    const list = read(page).articles.at(-1)!;
    expect(list.title).toBe("“全民阅读”征文获奖名单");
    expect(list.kicker).toBeUndefined();
    expect(list.body.map((b) => b.text)).toEqual(["一等奖", "《父亲的书架》 张晓红", "《运河边的灯》 刘建国", "二等奖", "《一本旧字典》 王丽", "《我和图书馆》 陈思远"]);
  });
});
