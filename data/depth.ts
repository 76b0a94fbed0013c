import type { Text } from '../i18n/lang'
import type { Certainty, Series, Source } from './types'
import { localized } from '../i18n/lang'
import { asOf, checkSeries } from './types'

/**
 * Depth (layers) and size (parameters) of landmark networks, 2012–2026 (section 4).
 * "layers" is the depth of one stack: for encoder–decoder models (seq2seq, Transformer) the encoder
 * and the decoder each have that many layers. For mixture-of-experts (MoE) models `params` is the total
 * parameter count; the note gives the parameters active per token. Each row carries its own source and
 * certainty tag; `year` is the year of first publication (paper, model card or release post).
 */
export type Family = 'cnn' | 'rnn' | 'transformer'

export interface DepthRow {
  id: string
  model: string
  year: number
  layers: number
  params: number
  family: Family
  /** what the layer or parameter count means (per edition) */
  note?: Text
  source: Source
}

export const familyLabels: Record<Family, Text> = {
  cnn: localized('卷积网络', 'CNN'),
  rnn: localized('循环网络（LSTM）', 'RNN (LSTM)'),
  transformer: 'Transformer',
}

function src(label: Text, url: string, certainty: Certainty, note?: string): Source {
  return note ? { label, url, certainty, note } : { label, url, certainty }
}

const rows: DepthRow[] = [
  {
    id: 'alexnet', model: 'AlexNet', year: 2012, layers: 8, params: 60e6, family: 'cnn',
    note: localized('8 个可学习层：5 个卷积层 + 3 个全连接层', '8 learned layers: 5 convolutional + 3 fully connected'),
    source: src('Krizhevsky et al. (2012)', 'https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks', 'Q', '"eight learned layers — five convolutional and three fully-connected"; "60 million parameters"'),
  },
  {
    id: 'vgg16', model: 'VGG-16', year: 2014, layers: 16, params: 138e6, family: 'cnn',
    note: localized('16 个权重层', '16 weight layers'),
    source: src(localized('Simonyan & Zisserman (2014)；参数量据 Epoch AI', 'Simonyan & Zisserman (2014); parameters per Epoch AI'), 'https://arxiv.org/abs/1409.1556', 'Q'),
  },
  {
    id: 'googlenet', model: 'GoogLeNet', year: 2014, layers: 22, params: 6.8e6, family: 'cnn',
    source: src(localized('Szegedy et al. (2014)；参数量据 Epoch AI', 'Szegedy et al. (2014); parameters per Epoch AI'), 'https://arxiv.org/abs/1409.4842', 'Q', '"GoogLeNet, a 22 layers deep network"'),
  },
  {
    id: 'seq2seq', model: 'seq2seq LSTM', year: 2014, layers: 4, params: 384e6, family: 'rnn',
    note: localized('编码器、解码器各 4 层 LSTM，每层 1000 个单元；3.84 亿参数中 6400 万为循环连接；论文用 5 个模型集成', '4 LSTM layers each in encoder and decoder, 1,000 cells per layer; 64M of the 384M parameters are recurrent connections; the paper used an ensemble of 5 models'),
    source: src('Sutskever, Vinyals & Le (2014) §3.4', 'https://arxiv.org/abs/1409.3215', 'Q', '"deep LSTMs with 4 layers … The resulting LSTM has 384M parameters"'),
  },
  {
    id: 'resnet152', model: 'ResNet-152', year: 2015, layers: 152, params: 60.2e6, family: 'cnn',
    note: localized('152 层是很“细”的残差层，与 Transformer 的宽层块不能一层对一层地比较', 'the 152 are thin residual layers: not comparable layer for layer with a Transformer\'s wide blocks'),
    source: src(localized('He et al. (2015)，参数量据 Epoch AI 引论文表 1', 'He et al. (2015); parameters per Epoch AI, citing the paper\'s Table 1'), 'https://arxiv.org/abs/1512.03385', 'Q'),
  },
  {
    id: 'transformer', model: 'Transformer (big)', year: 2017, layers: 6, params: 213e6, family: 'transformer',
    note: localized('编码器 6 层 + 解码器 6 层', '6 encoder layers + 6 decoder layers'),
    source: src(localized('Vaswani et al. (2017) 表 3', 'Vaswani et al. (2017), Table 3'), 'https://arxiv.org/abs/1706.03762', 'Q', 'Table 3, row "big": N = 6, d_model = 1024, params 213 × 10⁶'),
  },
  {
    id: 'gpt1', model: 'GPT-1', year: 2018, layers: 12, params: 117e6, family: 'transformer',
    source: src(localized('Radford et al. (2018)；参数量据 Epoch AI', 'Radford et al. (2018); parameters per Epoch AI'), 'https://openai.com/index/language-unsupervised/', 'Q', '"We trained a 12-layer decoder-only transformer with masked self-attention heads (768 dimensional states and 12 attention heads)"'),
  },
  {
    id: 'bert-large', model: 'BERT-Large', year: 2018, layers: 24, params: 340e6, family: 'transformer',
    source: src('Devlin et al. (2018)', 'https://arxiv.org/abs/1810.04805', 'Q', '"BERTLARGE (L=24, H=1024, A=16, Total Parameters=340M)"'),
  },
  {
    id: 'gpt2', model: 'GPT-2', year: 2019, layers: 48, params: 1.5e9, family: 'transformer',
    note: localized('论文表 2 记为 1542M', '1542M in the paper\'s Table 2'),
    source: src(localized('Radford et al. (2019)；层数据 GPT-2 XL 配置 n_layer = 48', 'Radford et al. (2019); layers per the GPT-2 XL config, n_layer = 48'), 'https://huggingface.co/openai-community/gpt2-xl', 'Q', '"Our largest model, GPT-2, is a 1.5B parameter Transformer"'),
  },
  {
    id: 'gpt3', model: 'GPT-3', year: 2020, layers: 96, params: 175e9, family: 'transformer',
    source: src(localized('Brown et al. (2020) 表 2.1', 'Brown et al. (2020), Table 2.1'), 'https://arxiv.org/abs/2005.14165', 'Q', '"GPT-3 175B … 175.0B 96 12288 96 128"'),
  },
  {
    id: 'mt-nlg', model: 'MT-NLG', year: 2021, layers: 105, params: 530e9, family: 'transformer',
    source: src('Smith et al. (2022), Megatron-Turing NLG 530B', 'https://arxiv.org/abs/2201.11990', 'Q', '"96 and 105 layers in GPT3-175B and Megatron-Turing-530B"'),
  },
  {
    id: 'gopher', model: 'Gopher', year: 2021, layers: 80, params: 280e9, family: 'transformer',
    source: src(localized('Rae et al. (2021)；层数据 Hoffmann et al. (2022) 表 4', 'Rae et al. (2021); layers per Hoffmann et al. (2022), Table 4'), 'https://arxiv.org/abs/2112.11446', 'Q', 'Chinchilla paper Table 4: "Gopher 280B | 80 | 128 | 128 | 16,384"'),
  },
  {
    id: 'chinchilla', model: 'Chinchilla', year: 2022, layers: 80, params: 70e9, family: 'transformer',
    source: src(localized('Hoffmann et al. (2022) 表 4', 'Hoffmann et al. (2022), Table 4'), 'https://arxiv.org/abs/2203.15556', 'Q', 'Table 4: "Chinchilla 70B | 80 | 64 | 128 | 8,192"'),
  },
  {
    id: 'palm', model: 'PaLM', year: 2022, layers: 118, params: 540e9, family: 'transformer',
    source: src(localized('Chowdhery et al. (2022) 表 1', 'Chowdhery et al. (2022), Table 1'), 'https://arxiv.org/abs/2204.02311', 'Q', 'Table 1: "PaLM 540B | 118 | 48 | 18432 | 540.35"'),
  },
  {
    id: 'llama2-70b', model: 'Llama 2 70B', year: 2023, layers: 80, params: 70e9, family: 'transformer',
    source: src(localized('Touvron et al. (2023)；层数据 Llama 70B 配置 num_hidden_layers = 80', 'Touvron et al. (2023); layers per the Llama 70B config, num_hidden_layers = 80'), 'https://arxiv.org/abs/2307.09288', 'Q'),
  },
  {
    id: 'llama31-405b', model: 'Llama 3.1 405B', year: 2024, layers: 126, params: 405e9, family: 'transformer',
    source: src('Llama Team (2024), The Llama 3 Herd of Models', 'https://arxiv.org/abs/2407.21783', 'Q', '"126 layers, a token representation dimension of 16,384"'),
  },
  {
    id: 'deepseek-v3', model: 'DeepSeek-V3', year: 2024, layers: 61, params: 671e9, family: 'transformer',
    note: localized('混合专家（MoE）模型：总参数 6710 亿，每个 token 只激活 370 亿', 'mixture of experts (MoE): 671B parameters in total, only 37B active per token'),
    source: src(localized('DeepSeek-AI (2024)；配置 num_hidden_layers = 61', 'DeepSeek-AI (2024); config num_hidden_layers = 61'), 'https://arxiv.org/abs/2412.19437', 'Q'),
  },
  {
    id: 'llama4-maverick', model: 'Llama 4 Maverick', year: 2025, layers: 48, params: 400e9, family: 'transformer',
    note: localized('MoE：总参数 4000 亿，每个 token 激活 170 亿（128 个专家）', 'MoE: 400B parameters in total, 17B active per token (128 experts)'),
    source: src(localized('Meta (2025-04-05), The Llama 4 herd；层数据 Hugging Face 配置 num_hidden_layers = 48', 'Meta (2025-04-05), The Llama 4 herd; layers per the Hugging Face config, num_hidden_layers = 48'), 'https://ai.meta.com/blog/llama-4-multimodal-intelligence/', 'Q*', '17B active / 128 experts / 400B total as reported from the Meta post (the post itself not re-read); the 48 layers were read from a copy of the gated config.json ("Reduced to 2 layers from 48 layers" in a vLLM test), not the original'),
  },
  {
    id: 'qwen3-235b', model: 'Qwen3-235B-A22B', year: 2025, layers: 94, params: 235e9, family: 'transformer',
    note: localized('MoE：总参数 2350 亿，每个 token 激活 220 亿', 'MoE: 235B parameters in total, 22B active per token'),
    source: src(localized('Qwen 团队 (2025-04-29)，Qwen3-235B-A22B 模型卡', 'Qwen Team (2025-04-29), Qwen3-235B-A22B model card'), 'https://huggingface.co/Qwen/Qwen3-235B-A22B', 'Q', '"Number of Parameters: 235B in total and 22B activated … Number of Layers: 94"'),
  },
  {
    id: 'gpt-oss-120b', model: 'gpt-oss-120b', year: 2025, layers: 36, params: 117e9, family: 'transformer',
    note: localized('MoE：总参数 1170 亿，每个 token 激活 51 亿', 'MoE: 117B parameters in total, 5.1B active per token'),
    source: src('OpenAI (2025-08-05), Introducing gpt-oss', 'https://openai.com/index/introducing-gpt-oss/', 'Q', 'table: "gpt-oss-120b | 36 | 117B | 5.1B | 128 | 4 | 128k"'),
  },
  {
    id: 'deepseek-v4-pro', model: 'DeepSeek-V4-Pro', year: 2026, layers: 61, params: 1.6e12, family: 'transformer',
    note: localized('MoE：总参数 1.6 万亿，每个 token 激活 490 亿；2026-04-24 发布的预览版', 'MoE: 1.6T parameters in total, 49B active per token; preview released 2026-04-24'),
    source: src(localized('DeepSeek-AI (2026-04-24)，DeepSeek-V4-Pro 模型卡', 'DeepSeek-AI (2026-04-24), DeepSeek-V4-Pro model card'), 'https://huggingface.co/deepseek-ai/DeepSeek-V4-Pro', 'Q*', 'parameters quoted from the model card ("DeepSeek-V4-Pro with 1.6T parameters (49B activated)"); the 61 layers were read from copies of the technical report §4.2.1 and of config.json, not the originals'),
  },
]

/** All landmark models in one series; the chart groups them by `family`. */
export const depthSeries: Series<DepthRow> = checkSeries<DepthRow>({
  id: 'depth-decade',
  label: localized('里程碑模型的层数与参数量', 'Layers and parameters of landmark models'),
  source: src(localized('各模型论文与模型卡；部分参数量据 Epoch AI《Notable AI Models》', 'model papers and model cards; some parameter counts per Epoch AI, Notable AI Models'), 'https://epoch.ai/data/notable-ai-models', 'Q'),
  rows,
}, { finite: ['year'], positive: ['layers', 'params'], text: ['id', 'model', 'family'] })

/** Every row's own source must be complete too (checkSeries checks only the series source). */
for (const [i, row] of depthSeries.rows.entries()) {
  if (!row.source.label || !row.source.url)
    throw new Error(`[${depthSeries.id}] row ${i} ${row.id}: source needs a label and a url`)
}

/**
 * The 2014 hypothesis: "a large neural network with 10 layers". The talk says where the 10 came from:
 * it was the depth they knew how to train then, not a number derived from the reaction-time argument.
 */
export const HYPOTHESIS_LAYERS = 10
export const hypothesisSource: Source = {
  label: localized('Sutskever，NeurIPS 2024 演讲转写（重放 2014 年的幻灯片）', 'Sutskever, NeurIPS 2024 talk transcript (replaying the 2014 slide)'),
  url: 'https://github.com/shun-liang/readable-talks-transcriptions/tree/main/neurips_2024',
  certainty: 'Q',
  note: '"if you have a large neural network with 10 layers, then it can do anything that a human being can do in a fraction of a second"; '
    + '"We focused on 10 layer neural networks because this was the neural networks we knew how to train back in the day"',
}

/** What this module's figures run to: the newest row, DeepSeek-V4-Pro, published 2026-04-24. */
export const AS_OF = asOf('depth', '2026-04')
