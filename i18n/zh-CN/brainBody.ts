// Strings of the brainBody part, Chinese edition. The English twin is i18n/en/brainBody.ts (same keys).
export const brainBody = {
  title: '大脑与体重：生物找到了另一条缩放曲线',
  /** counts, slopes and masses come formatted (d3-format); `missing` is the unplotted taxa joined by `listSep` */
  description: (mammals: string, primates: string, hominins: string, mammalSlope: string, primateSlope: string, fitN: string, homininSlope: string, se: string, from: string, to: string, missing: string) =>
    `对数–对数散点图：${mammals} 种陆生哺乳动物、${primates} 种非人灵长类和 ${hominins} 个人族物种的体重（kg）与脑重（g），`
    + `每组一条 log10 空间的最小二乘拟合线。哺乳动物斜率 ${mammalSlope}，非人灵长类 ${primateSlope}，`
    + `人族（阿法南方古猿以后 ${fitN} 种）${homininSlope}（标准误 ${se}），明显更陡；`
    + `但人族样本的体重只在 ${from}–${to} kg 之间，斜率不能外推到这个范围之外。灵长类与人族的脑重为颅容量（cm³ 视作 g）。`
    + `${missing}缺体重数据，未画出。`,
  listSep: '、',
  axisX: '体重（kg，对数刻度）',
  axisY: '脑重（g，对数刻度）',
  table: { columns: ['类群', '名称', '原名', '体重 (kg)', '脑重 (g)'] },
  /** a group's points, one tab stop, for a screen reader */
  marks: (group: string, n: string) => `${group} ${n} 个点：方向键逐个浏览`,
  point: (name: string, kg: string, g: string) => `${name}：体重 ${kg} kg，脑重 ${g} g`,
  tip: {
    brain: (g: string) => `脑重 ${g} g`,
    ecv: (v: string) => `颅容量 ${v} cm³（≈ g）`,
    masses: (kg: string, measured: string) => `体重 ${kg} kg · ${measured}`,
    family: (family: string) => `科：${family}`,
    age: (ma: string) => `距今约 ${ma} 百万年`,
  },
  slope: (slope: string) => `斜率 ${slope}`,
  /** the legend: a group, its point count (and how many enter the fit), its slope */
  toggle: (group: string, n: string, slope: string) => `${group}（${n}）${slope}`,
  toggleFit: (group: string, n: string, fitN: string, slope: string) => `${group}（${n}，拟合 ${fitN}）${slope}`,
  human: { sapiens: '智人', mammal: '人' },
  note: {
    head: (slope: string) => `人族的线更陡：斜率 ${slope}`,
    others: (mammalSlope: string, primateSlope: string) => `哺乳动物 ${mammalSlope}，非人灵长类 ${primateSlope}（± 为标准误）`,
    span: (from: string, to: string, ratio: string) => `人族体重只跨 ${from}–${to} kg（约 ${ratio} 倍）：`,
    limit: '斜率只描述这一段，不能外推',
  },
} as const
