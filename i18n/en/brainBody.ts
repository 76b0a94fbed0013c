// Strings of the brainBody part, English edition: the keys of i18n/zh-CN/brainBody.ts.
import type { Shape } from '../shape'
import type { brainBody as zh } from '../zh-CN/brainBody'

export const brainBody: Shape<typeof zh> = {
  title: 'Brain and body mass: biology found another scaling curve',
  description: (mammals: string, primates: string, hominins: string, mammalSlope: string, primateSlope: string, fitN: string, homininSlope: string, se: string, from: string, to: string, missing: string) =>
    `Log–log scatter plot of body mass (kg) and brain mass (g) for ${mammals} land mammals, ${primates} non-human primates `
    + `and ${hominins} hominid species, with one least-squares line per group in log10 space. Slopes: mammals ${mammalSlope}, `
    + `non-human primates ${primateSlope}, hominids (${fitN} species from Australopithecus afarensis on) ${homininSlope} `
    + `(standard error ${se}), clearly steeper. But the hominid body masses span only ${from}–${to} kg, and the slope cannot `
    + `be extrapolated beyond that range. Primate and hominid brain mass is endocranial volume (cm³ read as g). `
    + `No body mass for ${missing}: not plotted.`,
  listSep: ', ',
  axisX: 'Body mass (kg, log scale)',
  axisY: 'Brain mass (g, log scale)',
  table: { columns: ['Group', 'Name', 'Source name', 'Body (kg)', 'Brain (g)'] },
  marks: (group: string, n: string) => `${group}, ${n} points: arrow keys step through them`,
  point: (name: string, kg: string, g: string) => `${name}: body ${kg} kg, brain ${g} g`,
  tip: {
    brain: (g: string) => `Brain ${g} g`,
    ecv: (v: string) => `Endocranial volume ${v} cm³ (≈ g)`,
    masses: (kg: string, measured: string) => `Body ${kg} kg · ${measured}`,
    family: (family: string) => `Family: ${family}`,
    age: (ma: string) => `About ${ma} million years ago`,
  },
  slope: (slope: string) => `slope ${slope}`,
  toggle: (group: string, n: string, slope: string) => `${group} (${n}), ${slope}`,
  toggleFit: (group: string, n: string, fitN: string, slope: string) => `${group} (${n}, ${fitN} fitted), ${slope}`,
  human: { sapiens: 'Homo sapiens', mammal: 'Human' },
  note: {
    head: (slope: string) => `Hominids: a steeper line, slope ${slope}`,
    others: (mammalSlope: string, primateSlope: string) => `mammals ${mammalSlope}, non-human primates ${primateSlope} (± s.e.)`,
    span: (from: string, to: string, ratio: string) => `Hominid body mass spans only ${from}–${to} kg (about ${ratio}×):`,
    limit: 'the slope holds for this range only, no extrapolation',
  },
}
