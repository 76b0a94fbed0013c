// Strings of the ui part, Chinese edition. The English twin is i18n/en/ui.ts (same keys).
// The deck's own interface outside the charts: the slide view's assistive text (setup/a11y.ts), the reading
// view (components/reader/), the presenter's pacing line and rehearsal record (components/presenter/,
// composables/pacing.ts), the slide pieces (components/slide/) and the link to the other edition.
// Numbers reach these functions already formatted (d3-format), as strings.
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

export const ui = {
  a11y: {
    /** the slide canvas as a landmark */
    main: '幻灯片',
    /** Slidev's navigation bar as a landmark */
    nav: '幻灯片导航',
    skipToNav: '跳到幻灯片导航',
    skipToSlide: '回到幻灯片内容',
    /** the live region on a move: "第 N 页，共 M 页" */
    slideOf: (no: string, total: string) => `第 ${no} 页，共 ${total} 页`,
    /** …and the slide's title after it */
    withTitle: (head: string, title: string) => `${head}：${title}`,
  },
  reader: {
    /** the reading view's name (banner, sticky bar, masthead) */
    name: '阅读版',
    /** the nav bar's button into it (its title and hidden text) */
    navLink: '阅读版：全部幻灯片与讲稿',
    /** the page title while it is open */
    documentTitle: (deck: string) => `阅读版 · ${deck}`,
    offerBefore: '在手机上？',
    /** in bold between offerBefore and offerAfter */
    offerName: '阅读版',
    offerAfter: '把每页幻灯片和讲稿排成一篇长文，字更大，讲稿也在。',
    offerOpen: '打开阅读版',
    offerDismiss: '不用了',
    /** hidden, after offerDismiss */
    offerDismissHint: '，关闭提示',
    /** the sticky bar's way back */
    back: '幻灯片视图',
    /** hidden, after back and after openSlide: which slide */
    onSlide: (no: string) => `：第 ${no} 页`,
    kicker: (total: string) => `阅读版 · 共 ${total} 页`,
    dek: '每页幻灯片都在最后一步，演讲者的讲稿排在下面；图表可以悬停、切换，也可以打开“数据”看表格。',
    toc: '目录',
    /** the appendix's line in the table of contents */
    appendixToc: (n: string) => `${n} 页补充材料与来源`,
    /** a section's label, from its number ("3"): 第三部分 */
    part: (n: string) => `第${NUMERALS[Number(n) - 1] ?? n}部分`,
    appendix: '附录',
    toTop: '回到开头',
    toSlides: '回到幻灯片视图',
    /** a slide's number link: its own place in the reading view */
    permalink: (no: string) => `第 ${no} 页在阅读版中的链接`,
    /** a slide without a title */
    untitled: (no: string) => `第 ${no} 页`,
    openSlide: '在幻灯片中打开',
    /** the scaled slide as a picture */
    figure: (no: string, title: string) => `幻灯片 ${no}：${title}`,
    /** the list of a small slide's links */
    links: (no: string) => `第 ${no} 页的链接`,
  },
  pacing: {
    panel: '节奏（对照计划）',
    idle: '秒表未启动',
    onPlan: '按计划',
    ahead: (clock: string) => `超前 ${clock}`,
    behind: (clock: string) => `落后 ${clock}`,
    sectionLeft: (clock: string) => `本节剩余 ${clock}`,
    sectionOver: (clock: string) => `本节超时 ${clock}`,
    offPlan: '附录：不在计划内',
    paused: '（已暂停）',
    record: '排练记录',
  },
  rehearsal: {
    title: '排练记录',
    note: '秒表运行时，演讲者视图记下每页实际用时（多次进入累加），只存在本浏览器里。差值 = 实际 − 计划。',
    region: '每页计划与实际用时',
    no: '页',
    slideTitle: '标题',
    planned: '计划',
    actual: '实际',
    diff: '差值',
    total: '合计',
    download: '下载 CSV',
    clear: '清除记录',
    close: '关闭',
    /** the CSV's header row and its total row's label */
    csv: {
      no: '页码',
      title: '标题',
      planned: '计划（秒）',
      actual: '实际（秒）',
      diff: '差值（秒）',
      total: '合计',
    },
  },
  qr: {
    /** the caption under the code */
    hint: '扫码打开在线版',
    /** the code's accessible name, with the full address */
    label: (href: string) => `扫码打开在线版：${href}`,
  },
  pillar: {
    algo: '算法',
    compute: '算力',
    data: '数据',
  },
  quote: {
    /** before the attribution */
    dash: '——',
  },
  edition: {
    /** the link's description in this edition's language (hidden text and tooltip) */
    slide: '本页的英文版',
    /** hidden, after the nav bar's label ("English") */
    navHint: '：本页的英文版',
    /**
     * The cover's label (components/slide/EditionLink.vue). English in both editions, on purpose: the
     * Chinese cover names the English edition in its own language, and the English cover may show no CJK.
     */
    cover: 'English edition',
  },
} as const
