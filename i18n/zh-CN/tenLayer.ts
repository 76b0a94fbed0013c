// Strings of the tenLayer part (TenLayerNet), Chinese edition. The English twin is i18n/en/tenLayer.ts.
export const tenLayer = {
  title: '慢神经元：0.1 秒里只够走几步',
  description: {
    net: (layers: string, delay: string, budget: string, fitSteps: string, fitCount: string) =>
      `一个 ${layers} 层的前馈网络。每层神经元需要 ${delay} 毫秒，${budget} 毫秒（0.1 秒）内最多串行 ${fitSteps} 步，`
      + `所以前 ${fitCount} 层来得及，其余超出预算。`,
    range: (min: string, max: string, steps: string) => `按每步 ${min}–${max} 毫秒算，0.1 秒只够串行 ${steps} 步：步数很少。`,
    ten: (trainable: string, seq2seq: string) => `“${trainable} 层”不是由此算出的，而是 2014 年会训练的深度；当年的 seq2seq 模型本身用的是 ${seq2seq} 层 LSTM。`,
  },
  table: { columns: ['层', '信号到达时间（ms）', '0.1 秒内？'], yes: '是', no: '否' },
  trainable: (layers: string) => `${layers} 层：2014 年会训练的深度，不是这笔账算出来的`,
  seq2seq: (layers: string) => `2014 年的 seq2seq 本身：${layers} 层 LSTM`,
  summary: (delay: string, fitSteps: string, layers: string, fitCount: string) =>
    `每步 ${delay} ms：0.1 秒内最多串行 ${fitSteps} 步 → ${layers} 层中 ${fitCount} 层来得及`,
  slider: {
    layersLabel: '网络层数',
    layersText: (layers: string) => `层数 ${layers} 层`,
    layersValue: (layers: string) => `${layers} 层`,
    delayLabel: '每层神经元延迟（毫秒）',
    delayText: (ms: string) => `每层神经元延迟 ${ms} ms`,
    delayValue: (ms: string) => `${ms} 毫秒`,
  },
  legend: { fit: '0.1 秒内', over: '超出预算' },
  rowNet: '网络',
  rowTime: '时间',
  budget: (ms: string) => `0.1 秒预算（${ms} ms）`,
  axisTime: '信号到达时间（毫秒）',
  layers: '网络的层',
  layer: {
    mark: (layer: string, arrival: string, status: string) => `第 ${layer} 层，信号 ${arrival} 毫秒到达，${status}`,
    inBudget: '在预算内',
    overBudget: '超出预算',
    head: (layer: string) => `第 ${layer} 层`,
    arrival: (arrival: string, delay: string) => `信号到达：${arrival} ms（每层 ${delay} ms）`,
    within: (budget: string) => `在 ${budget} ms 预算之内`,
    over: (budget: string, by: string) => `超出 ${budget} ms 预算 ${by} ms`,
  },
} as const
