import type { Text } from '../i18n/lang'
import type { Series, Source } from './types'
import { checkEditions } from '../i18n/format'
import { localized } from '../i18n/lang'
import { asOf } from './types'

/**
 * Brain size against body mass for three groups, copied from the project's research notes
 * (datasets.md §1a, §1b + Table A1, Table 1c-i). Values are as printed there; only the row
 * objects and the Chinese common names are ours.
 *
 * Units, the same for every group so they share one log–log plot:
 * - body mass in kilograms (the primate file gives grams; the research notes already divided by 1000);
 * - brain size in grams. For primates and hominins the source measures endocranial volume (ECV, cm³);
 *   we plot it as grams, taking brain tissue as ≈ 1 g/cm³ (datasets.md §1b, "ECV cm³ ≈ brain g").
 *   That equivalence is a convention we adopt, tagged C below; it shifts nothing on a log axis by more
 *   than a few per cent.
 *
 * `name` is a Chinese common name where we are confident of it, otherwise the name as the source spells it;
 * its English twin is the source's English common name (mammals, typos such as "Verbet" corrected), a standard
 * English common name (primates) or the binomial (hominins, Paranthropus where the file files it under
 * Australopithecus, as the Chinese name does).
 */

export interface BrainBodyRow {
  /** per edition (`localized(zh, en)`), or the source's own name in both when no confident Chinese name exists */
  name: Text
  /** the name exactly as in the source file */
  sourceName: string
  bodyKg: number
  /** brain mass in g (mammals) or endocranial volume in cm³ read as g (primates, hominins) */
  brainG: number
  /** Homo sapiens: highlighted on the chart */
  isHuman?: boolean
}

export interface MammalRow extends BrainBodyRow {
  /** the research notes mark the 10 primates among the 62 (Human included) */
  isPrimate: boolean
}

export interface PrimateRow extends BrainBodyRow {
  family: string
}

export interface HomininRow extends BrainBodyRow {
  /** mean geological age, millions of years */
  ageMa: number
  /** the two groups Monson et al. fit separately; our hominin line uses 'Derived' */
  fitGroup: 'Derived' | 'Ancestral'
}

export const mammalSource: Source = {
  label: localized('Allison & Cicchetti (1976)，经 R 包 MASS::mammals（62 种陆生哺乳动物）', 'Allison & Cicchetti (1976), via the R package MASS::mammals (62 land mammals)'),
  url: 'https://vincentarelbundock.github.io/Rdatasets/doc/MASS/mammals.html',
  certainty: 'Q',
  note: 'body kg, brain g; values copied exactly from csv/MASS/mammals.csv (Rdatasets).',
}

export const primateSource: Source = {
  label: localized('Powell, Isler & Barton (2017)，经 Monson, Weitz & Brasil (2024) 数据文件（224 种非人灵长类）', 'Powell, Isler & Barton (2017), via the Monson, Weitz & Brasil (2024) data file (224 non-human primates)'),
  url: 'https://github.com/teslamonson/encephalization',
  certainty: 'Q',
  note: 'Extant rows with ECV and body mass, Homo sapiens excluded; body g → kg. ECV cm³ plotted as g (≈ 1 g/cm³, tag C).',
}

export const homininSource: Source = {
  label: localized('Monson, Weitz & Brasil (2024，数据与代码库)，人族物种均值', 'Monson, Weitz & Brasil (2024, data and code repository), hominid species means'),
  url: 'https://github.com/teslamonson/encephalization',
  certainty: 'Q',
  note: 'Species means as in the file (fossil taxa "from the literature"). Paranthropus appears as Australopithecus. ECV cm³ plotted as g (tag C).',
}

/** the unit conversion we apply to primates and hominins, stated once so the chart can cite it */
export const ecvAsGrams: Source = {
  label: localized('颅容量 cm³ 按 ≈ 1 g/cm³ 视作脑重 g', 'Endocranial volume in cm³ read as brain mass in g (≈ 1 g/cm³)'),
  url: 'https://github.com/teslamonson/encephalization',
  certainty: 'C',
  note: 'Convention from the research notes (datasets.md §1b); brain tissue density is close to 1 g/cm³.',
}

const mammalRows: MammalRow[] = [
  { name: localized('北极狐', 'Arctic fox'), sourceName: 'Arctic fox', bodyKg: 3.385, brainG: 44.5, isPrimate: false },
  { name: localized('夜猴', 'Owl monkey'), sourceName: 'Owl monkey', bodyKg: 0.48, brainG: 15.5, isPrimate: true },
  { name: localized('山河狸', 'Mountain beaver'), sourceName: 'Mountain beaver', bodyKg: 1.35, brainG: 8.1, isPrimate: false },
  { name: localized('牛', 'Cow'), sourceName: 'Cow', bodyKg: 465, brainG: 423, isPrimate: false },
  { name: localized('灰狼', 'Grey wolf'), sourceName: 'Grey wolf', bodyKg: 36.33, brainG: 119.5, isPrimate: false },
  { name: localized('山羊', 'Goat'), sourceName: 'Goat', bodyKg: 27.66, brainG: 115, isPrimate: false },
  { name: localized('狍', 'Roe deer'), sourceName: 'Roe deer', bodyKg: 14.83, brainG: 98.2, isPrimate: false },
  { name: localized('豚鼠', 'Guinea pig'), sourceName: 'Guinea pig', bodyKg: 1.04, brainG: 5.5, isPrimate: false },
  { name: localized('长尾黑颚猴', 'Vervet'), sourceName: 'Verbet', bodyKg: 4.19, brainG: 58, isPrimate: true },
  { name: localized('毛丝鼠', 'Chinchilla'), sourceName: 'Chinchilla', bodyKg: 0.425, brainG: 6.4, isPrimate: false },
  { name: localized('地松鼠', 'Ground squirrel'), sourceName: 'Ground squirrel', bodyKg: 0.101, brainG: 4, isPrimate: false },
  { name: localized('北极地松鼠', 'Arctic ground squirrel'), sourceName: 'Arctic ground squirrel', bodyKg: 0.92, brainG: 5.7, isPrimate: false },
  { name: localized('非洲巨鼠', 'African giant pouched rat'), sourceName: 'African giant pouched rat', bodyKg: 1, brainG: 6.6, isPrimate: false },
  { name: localized('小短尾鼩', 'Lesser short-tailed shrew'), sourceName: 'Lesser short-tailed shrew', bodyKg: 0.005, brainG: 0.14, isPrimate: false },
  { name: localized('星鼻鼹', 'Star-nosed mole'), sourceName: 'Star-nosed mole', bodyKg: 0.06, brainG: 1, isPrimate: false },
  { name: localized('九带犰狳', 'Nine-banded armadillo'), sourceName: 'Nine-banded armadillo', bodyKg: 3.5, brainG: 10.8, isPrimate: false },
  { name: localized('树蹄兔', 'Tree hyrax'), sourceName: 'Tree hyrax', bodyKg: 2, brainG: 12.3, isPrimate: false },
  { name: localized('北美负鼠', 'North American opossum'), sourceName: 'N.A. opossum', bodyKg: 1.7, brainG: 6.3, isPrimate: false },
  { name: localized('亚洲象', 'Asian elephant'), sourceName: 'Asian elephant', bodyKg: 2547, brainG: 4603, isPrimate: false },
  { name: localized('大棕蝠', 'Big brown bat'), sourceName: 'Big brown bat', bodyKg: 0.023, brainG: 0.3, isPrimate: false },
  { name: localized('驴', 'Donkey'), sourceName: 'Donkey', bodyKg: 187.1, brainG: 419, isPrimate: false },
  { name: localized('马', 'Horse'), sourceName: 'Horse', bodyKg: 521, brainG: 655, isPrimate: false },
  { name: localized('欧洲刺猬', 'European hedgehog'), sourceName: 'European hedgehog', bodyKg: 0.785, brainG: 3.5, isPrimate: false },
  { name: localized('赤猴', 'Patas monkey'), sourceName: 'Patas monkey', bodyKg: 10, brainG: 115, isPrimate: true },
  { name: localized('猫', 'Cat'), sourceName: 'Cat', bodyKg: 3.3, brainG: 25.6, isPrimate: false },
  { name: localized('婴猴', 'Galago'), sourceName: 'Galago', bodyKg: 0.2, brainG: 5, isPrimate: true },
  { name: 'Genet', sourceName: 'Genet', bodyKg: 1.41, brainG: 17.5, isPrimate: false },
  { name: localized('长颈鹿', 'Giraffe'), sourceName: 'Giraffe', bodyKg: 529, brainG: 680, isPrimate: false },
  { name: localized('大猩猩', 'Gorilla'), sourceName: 'Gorilla', bodyKg: 207, brainG: 406, isPrimate: true },
  { name: localized('灰海豹', 'Grey seal'), sourceName: 'Grey seal', bodyKg: 85, brainG: 325, isPrimate: false },
  { name: localized('岩蹄兔 a', 'Rock hyrax (a)'), sourceName: 'Rock hyrax-a', bodyKg: 0.75, brainG: 12.3, isPrimate: false },
  { name: localized('人', 'Human'), sourceName: 'Human', bodyKg: 62, brainG: 1320, isPrimate: true, isHuman: true },
  { name: localized('非洲象', 'African elephant'), sourceName: 'African elephant', bodyKg: 6654, brainG: 5712, isPrimate: false },
  { name: localized('蹼足负鼠', 'Water opossum'), sourceName: 'Water opossum', bodyKg: 3.5, brainG: 3.9, isPrimate: false },
  { name: localized('猕猴', 'Rhesus monkey'), sourceName: 'Rhesus monkey', bodyKg: 6.8, brainG: 179, isPrimate: true },
  { name: localized('袋鼠', 'Kangaroo'), sourceName: 'Kangaroo', bodyKg: 35, brainG: 56, isPrimate: false },
  { name: localized('黄腹旱獭', 'Yellow-bellied marmot'), sourceName: 'Yellow-bellied marmot', bodyKg: 4.05, brainG: 17, isPrimate: false },
  { name: localized('金仓鼠', 'Golden hamster'), sourceName: 'Golden hamster', bodyKg: 0.12, brainG: 1, isPrimate: false },
  { name: localized('小鼠', 'Mouse'), sourceName: 'Mouse', bodyKg: 0.023, brainG: 0.4, isPrimate: false },
  { name: localized('小棕蝠', 'Little brown bat'), sourceName: 'Little brown bat', bodyKg: 0.01, brainG: 0.25, isPrimate: false },
  { name: localized('懒猴', 'Slow loris'), sourceName: 'Slow loris', bodyKg: 1.4, brainG: 12.5, isPrimate: true },
  { name: 'Okapi', sourceName: 'Okapi', bodyKg: 250, brainG: 490, isPrimate: false },
  { name: localized('兔', 'Rabbit'), sourceName: 'Rabbit', bodyKg: 2.5, brainG: 12.1, isPrimate: false },
  { name: localized('绵羊', 'Sheep'), sourceName: 'Sheep', bodyKg: 55.5, brainG: 175, isPrimate: false },
  { name: localized('美洲豹', 'Jaguar'), sourceName: 'Jaguar', bodyKg: 100, brainG: 157, isPrimate: false },
  { name: localized('黑猩猩', 'Chimpanzee'), sourceName: 'Chimpanzee', bodyKg: 52.16, brainG: 440, isPrimate: true },
  { name: localized('狒狒', 'Baboon'), sourceName: 'Baboon', bodyKg: 10.55, brainG: 179.5, isPrimate: true },
  { name: localized('沙漠刺猬', 'Desert hedgehog'), sourceName: 'Desert hedgehog', bodyKg: 0.55, brainG: 2.4, isPrimate: false },
  { name: localized('大犰狳', 'Giant armadillo'), sourceName: 'Giant armadillo', bodyKg: 60, brainG: 81, isPrimate: false },
  { name: localized('岩蹄兔 b', 'Rock hyrax (b)'), sourceName: 'Rock hyrax-b', bodyKg: 3.6, brainG: 21, isPrimate: false },
  { name: localized('浣熊', 'Raccoon'), sourceName: 'Raccoon', bodyKg: 4.288, brainG: 39.2, isPrimate: false },
  { name: localized('大鼠', 'Rat'), sourceName: 'Rat', bodyKg: 0.28, brainG: 1.9, isPrimate: false },
  { name: localized('东美鼹', 'Eastern American mole'), sourceName: 'E. American mole', bodyKg: 0.075, brainG: 1.2, isPrimate: false },
  { name: localized('鼹形鼠', 'Mole rat'), sourceName: 'Mole rat', bodyKg: 0.122, brainG: 3, isPrimate: false },
  { name: localized('臭鼩', 'Musk shrew'), sourceName: 'Musk shrew', bodyKg: 0.048, brainG: 0.33, isPrimate: false },
  { name: localized('猪', 'Pig'), sourceName: 'Pig', bodyKg: 192, brainG: 180, isPrimate: false },
  { name: localized('针鼹', 'Echidna'), sourceName: 'Echidna', bodyKg: 3, brainG: 25, isPrimate: false },
  { name: localized('南美貘', 'Brazilian tapir'), sourceName: 'Brazilian tapir', bodyKg: 160, brainG: 169, isPrimate: false },
  { name: localized('马岛猬', 'Tenrec'), sourceName: 'Tenrec', bodyKg: 0.9, brainG: 2.6, isPrimate: false },
  { name: localized('袋貂', 'Phalanger'), sourceName: 'Phalanger', bodyKg: 1.62, brainG: 11.4, isPrimate: false },
  { name: localized('树鼩', 'Tree shrew'), sourceName: 'Tree shrew', bodyKg: 0.104, brainG: 2.5, isPrimate: false },
  { name: localized('赤狐', 'Red fox'), sourceName: 'Red fox', bodyKg: 4.235, brainG: 50.4, isPrimate: false },
]

const primateRows: PrimateRow[] = [
  { name: 'Aotus azarae', sourceName: 'Aotus azarae', family: 'Aotidae', bodyKg: 1.25, brainG: 20.1 },
  { name: 'Aotus nancymaae', sourceName: 'Aotus nancymaae', family: 'Aotidae', bodyKg: 0.787, brainG: 17.9 },
  { name: 'Aotus nigriceps', sourceName: 'Aotus nigriceps', family: 'Aotidae', bodyKg: 0.958, brainG: 17.6 },
  { name: 'Aotus trivirgatus', sourceName: 'Aotus trivirgatus', family: 'Aotidae', bodyKg: 0.9889, brainG: 16.1 },
  { name: 'Aotus vociferans', sourceName: 'Aotus vociferans', family: 'Aotidae', bodyKg: 0.703, brainG: 17.7 },
  { name: 'Alouatta belzebul', sourceName: 'Alouatta belzebul', family: 'Atelidae', bodyKg: 5.525, brainG: 50.9 },
  { name: 'Alouatta caraya', sourceName: 'Alouatta caraya', family: 'Atelidae', bodyKg: 4.24, brainG: 49.2 },
  { name: 'Alouatta guariba', sourceName: 'Alouatta guariba', family: 'Atelidae', bodyKg: 4.55, brainG: 48.5 },
  { name: 'Alouatta palliata', sourceName: 'Alouatta palliata', family: 'Atelidae', bodyKg: 5.35, brainG: 48.9 },
  { name: 'Alouatta pigra', sourceName: 'Alouatta pigra', family: 'Atelidae', bodyKg: 5.608, brainG: 49.2 },
  { name: 'Alouatta seniculus', sourceName: 'Alouatta seniculus', family: 'Atelidae', bodyKg: 5.21, brainG: 55.3 },
  { name: 'Ateles belzebuth', sourceName: 'Ateles belzebuth', family: 'Atelidae', bodyKg: 8.484, brainG: 112.8 },
  { name: 'Ateles fusciceps', sourceName: 'Ateles fusciceps', family: 'Atelidae', bodyKg: 9.16, brainG: 107.5 },
  { name: 'Ateles geoffroyi', sourceName: 'Ateles geoffroyi', family: 'Atelidae', bodyKg: 7.7, brainG: 103.5 },
  { name: 'Ateles hybridus', sourceName: 'Ateles hybridus', family: 'Atelidae', bodyKg: 7.56, brainG: 102.6 },
  { name: 'Ateles paniscus', sourceName: 'Ateles paniscus', family: 'Atelidae', bodyKg: 8.07, brainG: 107.6 },
  { name: 'Brachyteles arachnoides', sourceName: 'Brachyteles arachnoides', family: 'Atelidae', bodyKg: 8.07, brainG: 102 },
  { name: 'Lagothrix cana', sourceName: 'Lagothrix cana', family: 'Atelidae', bodyKg: 7.16, brainG: 96.2 },
  { name: 'Lagothrix lagotricha', sourceName: 'Lagothrix lagotricha', family: 'Atelidae', bodyKg: 7.02, brainG: 88.2 },
  { name: 'Lagothrix poeppigii', sourceName: 'Lagothrix poeppigii', family: 'Atelidae', bodyKg: 4.533, brainG: 86.1 },
  { name: 'Callicebus caligatus', sourceName: 'Callicebus caligatus', family: 'Callicebidae', bodyKg: 0.88, brainG: 17.2 },
  { name: 'Callicebus cupreus', sourceName: 'Callicebus cupreus', family: 'Callicebidae', bodyKg: 0.887, brainG: 17.4 },
  { name: 'Callicebus lugens', sourceName: 'Callicebus lugens', family: 'Callicebidae', bodyKg: 1.09, brainG: 19.1 },
  { name: 'Callicebus moloch', sourceName: 'Callicebus moloch', family: 'Callicebidae', bodyKg: 0.988, brainG: 15.4 },
  { name: 'Callicebus torquatus', sourceName: 'Callicebus torquatus', family: 'Callicebidae', bodyKg: 1.245, brainG: 19.8 },
  { name: 'Callimico goeldii', sourceName: 'Callimico goeldii', family: 'Callitrichidae', bodyKg: 0.3969, brainG: 11.2 },
  { name: 'Callithrix geoffroyi', sourceName: 'Callithrix geoffroyi', family: 'Callitrichidae', bodyKg: 0.3384, brainG: 9.8 },
  { name: localized('普通狨', 'Common marmoset'), sourceName: 'Callithrix jacchus', family: 'Callitrichidae', bodyKg: 0.32, brainG: 7.5 },
  { name: 'Callithrix kuhlii', sourceName: 'Callithrix kuhlii', family: 'Callitrichidae', bodyKg: 0.3733, brainG: 8 },
  { name: 'Callithrix penicillata', sourceName: 'Callithrix penicillata', family: 'Callitrichidae', bodyKg: 0.2991, brainG: 7.2 },
  { name: localized('侏狨', 'Pygmy marmoset'), sourceName: 'Cebuella pygmaea', family: 'Callitrichidae', bodyKg: 0.116, brainG: 4.2 },
  { name: 'Leontopithecus chrysomelas', sourceName: 'Leontopithecus chrysomelas', family: 'Callitrichidae', bodyKg: 0.655, brainG: 11.8 },
  { name: localized('金狮狨', 'Golden lion tamarin'), sourceName: 'Leontopithecus rosalia', family: 'Callitrichidae', bodyKg: 0.5945, brainG: 12.6 },
  { name: 'Mico argentatus', sourceName: 'Mico argentatus', family: 'Callitrichidae', bodyKg: 0.345, brainG: 7.8 },
  { name: 'Mico humeralifer', sourceName: 'Mico humeralifer', family: 'Callitrichidae', bodyKg: 0.37, brainG: 8.4 },
  { name: 'Saguinus bicolor', sourceName: 'Saguinus bicolor', family: 'Callitrichidae', bodyKg: 0.429, brainG: 9.2 },
  { name: 'Saguinus fuscicollis', sourceName: 'Saguinus fuscicollis', family: 'Callitrichidae', bodyKg: 0.4011, brainG: 8.2 },
  { name: 'Saguinus geoffroyi', sourceName: 'Saguinus geoffroyi', family: 'Callitrichidae', bodyKg: 0.5147, brainG: 10.1 },
  { name: 'Saguinus labiatus', sourceName: 'Saguinus labiatus', family: 'Callitrichidae', bodyKg: 0.52, brainG: 10 },
  { name: 'Saguinus leucopus', sourceName: 'Saguinus leucopus', family: 'Callitrichidae', bodyKg: 0.5197, brainG: 9.8 },
  { name: 'Saguinus midas', sourceName: 'Saguinus midas', family: 'Callitrichidae', bodyKg: 0.535, brainG: 9.8 },
  { name: 'Saguinus mystax', sourceName: 'Saguinus mystax', family: 'Callitrichidae', bodyKg: 0.5804, brainG: 10.4 },
  { name: 'Saguinus mystax pileatus', sourceName: 'Saguinus mystax pileatus', family: 'Callitrichidae', bodyKg: 0.5245, brainG: 9.7 },
  { name: 'Saguinus niger', sourceName: 'Saguinus niger', family: 'Callitrichidae', bodyKg: 0.375, brainG: 9.1 },
  { name: 'Saguinus nigricollis', sourceName: 'Saguinus nigricollis', family: 'Callitrichidae', bodyKg: 0.476, brainG: 8.9 },
  { name: 'Saguinus oedipus', sourceName: 'Saguinus oedipus', family: 'Callitrichidae', bodyKg: 0.4271, brainG: 9.7 },
  { name: 'Cebus albifrons', sourceName: 'Cebus albifrons', family: 'Cebidae', bodyKg: 2.013, brainG: 66 },
  { name: 'Cebus apella', sourceName: 'Cebus apella', family: 'Cebidae', bodyKg: 2.539, brainG: 64.1 },
  { name: 'Cebus capucinus', sourceName: 'Cebus capucinus', family: 'Cebidae', bodyKg: 2.437, brainG: 69.2 },
  { name: 'Cebus libidinosus', sourceName: 'Cebus libidinosus', family: 'Cebidae', bodyKg: 2.117, brainG: 63.7 },
  { name: 'Cebus nigritus', sourceName: 'Cebus nigritus', family: 'Cebidae', bodyKg: 2.232, brainG: 65 },
  { name: 'Cebus olivaceus', sourceName: 'Cebus olivaceus', family: 'Cebidae', bodyKg: 2.202, brainG: 70.1 },
  { name: 'Cebus xanthosternos', sourceName: 'Cebus xanthosternos', family: 'Cebidae', bodyKg: 2.167, brainG: 64 },
  { name: 'Saimiri boliviensis', sourceName: 'Saimiri boliviensis', family: 'Cebidae', bodyKg: 0.75, brainG: 21.5 },
  { name: 'Saimiri oerstedii', sourceName: 'Saimiri oerstedii', family: 'Cebidae', bodyKg: 0.68, brainG: 24.2 },
  { name: localized('松鼠猴', 'Common squirrel monkey'), sourceName: 'Saimiri sciureus', family: 'Cebidae', bodyKg: 0.8208, brainG: 23.5 },
  { name: 'Allenopithecus nigroviridis', sourceName: 'Allenopithecus nigroviridis', family: 'Cercopithecidae', bodyKg: 3.18, brainG: 53.7 },
  { name: 'Cercocebus atys', sourceName: 'Cercocebus atys', family: 'Cercopithecidae', bodyKg: 6.2, brainG: 86.8 },
  { name: 'Cercocebus galeritus', sourceName: 'Cercocebus galeritus', family: 'Cercopithecidae', bodyKg: 3.7, brainG: 95.3 },
  { name: 'Cercocebus torquatus', sourceName: 'Cercocebus torquatus', family: 'Cercopithecidae', bodyKg: 5.657, brainG: 93.5 },
  { name: 'Cercopithecus ascanius', sourceName: 'Cercopithecus ascanius', family: 'Cercopithecidae', bodyKg: 2.901, brainG: 56.7 },
  { name: 'Cercopithecus campbelli', sourceName: 'Cercopithecus campbelli', family: 'Cercopithecidae', bodyKg: 2.365, brainG: 54.1 },
  { name: 'Cercopithecus campbelli lowei', sourceName: 'Cercopithecus campbelli lowei', family: 'Cercopithecidae', bodyKg: 2.097, brainG: 51.2 },
  { name: 'Cercopithecus cephus', sourceName: 'Cercopithecus cephus', family: 'Cercopithecidae', bodyKg: 2.88, brainG: 60.6 },
  { name: 'Cercopithecus diana', sourceName: 'Cercopithecus diana', family: 'Cercopithecidae', bodyKg: 3.9, brainG: 57.3 },
  { name: 'Cercopithecus lhoesti', sourceName: 'Cercopithecus lhoesti', family: 'Cercopithecidae', bodyKg: 3.45, brainG: 66.1 },
  { name: 'Cercopithecus mitis', sourceName: 'Cercopithecus mitis', family: 'Cercopithecidae', bodyKg: 3.93, brainG: 65.6 },
  { name: 'Cercopithecus mona', sourceName: 'Cercopithecus mona', family: 'Cercopithecidae', bodyKg: 3.2, brainG: 56.5 },
  { name: 'Cercopithecus neglectus', sourceName: 'Cercopithecus neglectus', family: 'Cercopithecidae', bodyKg: 3.55, brainG: 60.9 },
  { name: 'Cercopithecus nictitans', sourceName: 'Cercopithecus nictitans', family: 'Cercopithecidae', bodyKg: 4.26, brainG: 67.8 },
  { name: 'Cercopithecus petaurista', sourceName: 'Cercopithecus petaurista', family: 'Cercopithecidae', bodyKg: 2.918, brainG: 52.7 },
  { name: 'Cercopithecus pogonias', sourceName: 'Cercopithecus pogonias', family: 'Cercopithecidae', bodyKg: 2.94, brainG: 57.6 },
  { name: 'Cercopithecus pogonias wolfi', sourceName: 'Cercopithecus pogonias wolfi', family: 'Cercopithecidae', bodyKg: 2.87, brainG: 53.5 },
  { name: 'Chlorocebus aethiops', sourceName: 'Chlorocebus aethiops', family: 'Cercopithecidae', bodyKg: 3.576, brainG: 58.2 },
  { name: 'Chlorocebus pygerythrus', sourceName: 'Chlorocebus pygerythrus', family: 'Cercopithecidae', bodyKg: 3.576, brainG: 59.9 },
  { name: 'Chlorocebus sabaeus', sourceName: 'Chlorocebus sabaeus', family: 'Cercopithecidae', bodyKg: 3.7, brainG: 58.7 },
  { name: 'Colobus angolensis', sourceName: 'Colobus angolensis', family: 'Cercopithecidae', bodyKg: 7.57, brainG: 72.3 },
  { name: 'Colobus guereza', sourceName: 'Colobus guereza', family: 'Cercopithecidae', bodyKg: 7.506, brainG: 72 },
  { name: 'Colobus polykomos', sourceName: 'Colobus polykomos', family: 'Cercopithecidae', bodyKg: 6.709, brainG: 71 },
  { name: 'Colobus satanas', sourceName: 'Colobus satanas', family: 'Cercopithecidae', bodyKg: 7.42, brainG: 71.8 },
  { name: 'Colobus vellerosus', sourceName: 'Colobus vellerosus', family: 'Cercopithecidae', bodyKg: 7.22, brainG: 70.6 },
  { name: localized('赤猴', 'Patas monkey'), sourceName: 'Erythrocebus patas', family: 'Cercopithecidae', bodyKg: 6.5, brainG: 87.6 },
  { name: 'Lophocebus albigena', sourceName: 'Lophocebus albigena', family: 'Cercopithecidae', bodyKg: 6.01, brainG: 90.6 },
  { name: 'Lophocebus aterrimus', sourceName: 'Lophocebus aterrimus', family: 'Cercopithecidae', bodyKg: 5.76, brainG: 87.6 },
  { name: localized('短尾猴', 'Stump-tailed macaque'), sourceName: 'Macaca arctoides', family: 'Cercopithecidae', bodyKg: 8.4, brainG: 99.5 },
  { name: localized('熊猴', 'Assam macaque'), sourceName: 'Macaca assamensis', family: 'Cercopithecidae', bodyKg: 6.9, brainG: 89.1 },
  { name: localized('台湾猕猴', 'Formosan rock macaque'), sourceName: 'Macaca cyclopis', family: 'Cercopithecidae', bodyKg: 4.94, brainG: 76.1 },
  { name: localized('食蟹猕猴', 'Crab-eating macaque'), sourceName: 'Macaca fascicularis', family: 'Cercopithecidae', bodyKg: 3.514, brainG: 60.9 },
  { name: localized('日本猕猴', 'Japanese macaque'), sourceName: 'Macaca fuscata', family: 'Cercopithecidae', bodyKg: 8.8, brainG: 97.9 },
  { name: 'Macaca hecki', sourceName: 'Macaca hecki', family: 'Cercopithecidae', bodyKg: 6.8, brainG: 94.6 },
  { name: 'Macaca leonina', sourceName: 'Macaca leonina', family: 'Cercopithecidae', bodyKg: 4.763, brainG: 82.1 },
  { name: 'Macaca maura', sourceName: 'Macaca maura', family: 'Cercopithecidae', bodyKg: 5.565, brainG: 87.4 },
  { name: localized('猕猴', 'Rhesus macaque'), sourceName: 'Macaca mulatta', family: 'Cercopithecidae', bodyKg: 5.67, brainG: 84.2 },
  { name: localized('豚尾猕猴', 'Southern pig-tailed macaque'), sourceName: 'Macaca nemestrina', family: 'Cercopithecidae', bodyKg: 6.539, brainG: 97.9 },
  { name: localized('黑冠猕猴', 'Celebes crested macaque'), sourceName: 'Macaca nigra', family: 'Cercopithecidae', bodyKg: 5.47, brainG: 81 },
  { name: 'Macaca radiata', sourceName: 'Macaca radiata', family: 'Cercopithecidae', bodyKg: 3.856, brainG: 70.5 },
  { name: 'Macaca silenus', sourceName: 'Macaca silenus', family: 'Cercopithecidae', bodyKg: 6.1, brainG: 78 },
  { name: 'Macaca sinica', sourceName: 'Macaca sinica', family: 'Cercopithecidae', bodyKg: 3.066, brainG: 60.4 },
  { name: 'Macaca sylvanus', sourceName: 'Macaca sylvanus', family: 'Cercopithecidae', bodyKg: 10.2, brainG: 92.9 },
  { name: localized('藏酋猴', 'Tibetan macaque'), sourceName: 'Macaca thibetana', family: 'Cercopithecidae', bodyKg: 12.8, brainG: 108.9 },
  { name: 'Macaca tonkeana', sourceName: 'Macaca tonkeana', family: 'Cercopithecidae', bodyKg: 8.135, brainG: 93.8 },
  { name: 'Mandrillus leucophaeus', sourceName: 'Mandrillus leucophaeus', family: 'Cercopithecidae', bodyKg: 8.5, brainG: 133.2 },
  { name: localized('山魈', 'Mandrill'), sourceName: 'Mandrillus sphinx', family: 'Cercopithecidae', bodyKg: 8.957, brainG: 136.4 },
  { name: 'Miopithecus ogouensis', sourceName: 'Miopithecus ogouensis', family: 'Cercopithecidae', bodyKg: 1.56, brainG: 34.8 },
  { name: localized('长鼻猴', 'Proboscis monkey'), sourceName: 'Nasalis larvatus', family: 'Cercopithecidae', bodyKg: 9.73, brainG: 84.8 },
  { name: localized('东非狒狒', 'Olive baboon'), sourceName: 'Papio anubis', family: 'Cercopithecidae', bodyKg: 12.2, brainG: 156.1 },
  { name: 'Papio cynocephalus', sourceName: 'Papio cynocephalus', family: 'Cercopithecidae', bodyKg: 10.36, brainG: 149.5 },
  { name: localized('阿拉伯狒狒', 'Hamadryas baboon'), sourceName: 'Papio hamadryas', family: 'Cercopithecidae', bodyKg: 9.9, brainG: 137 },
  { name: 'Papio ursinus', sourceName: 'Papio ursinus', family: 'Cercopithecidae', bodyKg: 14.8, brainG: 165 },
  { name: 'Presbytis comata', sourceName: 'Presbytis comata', family: 'Cercopithecidae', bodyKg: 6.71, brainG: 68 },
  { name: 'Presbytis femoralis', sourceName: 'Presbytis femoralis', family: 'Cercopithecidae', bodyKg: 6.804, brainG: 70.2 },
  { name: 'Presbytis frontata', sourceName: 'Presbytis frontata', family: 'Cercopithecidae', bodyKg: 5.67, brainG: 73.1 },
  { name: 'Presbytis hosei', sourceName: 'Presbytis hosei', family: 'Cercopithecidae', bodyKg: 5.63, brainG: 60 },
  { name: 'Presbytis melalophos', sourceName: 'Presbytis melalophos', family: 'Cercopithecidae', bodyKg: 6.567, brainG: 61.3 },
  { name: 'Presbytis potenziani', sourceName: 'Presbytis potenziani', family: 'Cercopithecidae', bodyKg: 6.404, brainG: 57 },
  { name: 'Presbytis rubicunda', sourceName: 'Presbytis rubicunda', family: 'Cercopithecidae', bodyKg: 6.221, brainG: 68.8 },
  { name: 'Presbytis siamensis', sourceName: 'Presbytis siamensis', family: 'Cercopithecidae', bodyKg: 6.366, brainG: 57.2 },
  { name: 'Presbytis thomasi', sourceName: 'Presbytis thomasi', family: 'Cercopithecidae', bodyKg: 6.35, brainG: 65.5 },
  { name: 'Procolobus badius', sourceName: 'Procolobus badius', family: 'Cercopithecidae', bodyKg: 7.133, brainG: 61.5 },
  { name: 'Procolobus kirkii', sourceName: 'Procolobus kirkii', family: 'Cercopithecidae', bodyKg: 5.133, brainG: 55.5 },
  { name: 'Procolobus pennantii', sourceName: 'Procolobus pennantii', family: 'Cercopithecidae', bodyKg: 8.3, brainG: 71.7 },
  { name: 'Procolobus rufomitratus', sourceName: 'Procolobus rufomitratus', family: 'Cercopithecidae', bodyKg: 7.5, brainG: 70.6 },
  { name: 'Procolobus rufomitratus tephrosceles', sourceName: 'Procolobus rufomitratus tephrosceles', family: 'Cercopithecidae', bodyKg: 7.258, brainG: 72.5 },
  { name: 'Procolobus verus', sourceName: 'Procolobus verus', family: 'Cercopithecidae', bodyKg: 4.2, brainG: 51.6 },
  { name: 'Pygathrix nemaeus', sourceName: 'Pygathrix nemaeus', family: 'Cercopithecidae', bodyKg: 9.98, brainG: 94.8 },
  { name: 'Pygathrix nigripes', sourceName: 'Pygathrix nigripes', family: 'Cercopithecidae', bodyKg: 8.884, brainG: 83.7 },
  { name: localized('滇金丝猴', 'Black snub-nosed monkey'), sourceName: 'Rhinopithecus bieti', family: 'Cercopithecidae', bodyKg: 9.1, brainG: 114.7 },
  { name: localized('川金丝猴', 'Golden snub-nosed monkey'), sourceName: 'Rhinopithecus roxellana', family: 'Cercopithecidae', bodyKg: 8.435, brainG: 115.5 },
  { name: 'Semnopithecus dussumieri', sourceName: 'Semnopithecus dussumieri', family: 'Cercopithecidae', bodyKg: 10.13, brainG: 88.3 },
  { name: 'Semnopithecus entellus', sourceName: 'Semnopithecus entellus', family: 'Cercopithecidae', bodyKg: 10.98, brainG: 95.2 },
  { name: 'Semnopithecus priam', sourceName: 'Semnopithecus priam', family: 'Cercopithecidae', bodyKg: 6.577, brainG: 75.3 },
  { name: 'Semnopithecus schistaceus', sourceName: 'Semnopithecus schistaceus', family: 'Cercopithecidae', bodyKg: 14.8, brainG: 126.1 },
  { name: 'Simias concolor', sourceName: 'Simias concolor', family: 'Cercopithecidae', bodyKg: 6.8, brainG: 52.5 },
  { name: localized('狮尾狒', 'Gelada'), sourceName: 'Theropithecus gelada', family: 'Cercopithecidae', bodyKg: 14.17, brainG: 123.2 },
  { name: 'Trachypithecus auratus', sourceName: 'Trachypithecus auratus', family: 'Cercopithecidae', bodyKg: 7.1, brainG: 62.6 },
  { name: 'Trachypithecus cristatus', sourceName: 'Trachypithecus cristatus', family: 'Cercopithecidae', bodyKg: 6.06, brainG: 58.4 },
  { name: 'Trachypithecus geei', sourceName: 'Trachypithecus geei', family: 'Cercopithecidae', bodyKg: 9.5, brainG: 81.3 },
  { name: 'Trachypithecus johnii', sourceName: 'Trachypithecus johnii', family: 'Cercopithecidae', bodyKg: 11.2, brainG: 78 },
  { name: 'Trachypithecus obscurus', sourceName: 'Trachypithecus obscurus', family: 'Cercopithecidae', bodyKg: 6.765, brainG: 59.3 },
  { name: 'Trachypithecus phayrei', sourceName: 'Trachypithecus phayrei', family: 'Cercopithecidae', bodyKg: 7.182, brainG: 70.2 },
  { name: 'Trachypithecus pileatus', sourceName: 'Trachypithecus pileatus', family: 'Cercopithecidae', bodyKg: 9.86, brainG: 97.4 },
  { name: 'Trachypithecus vetulus', sourceName: 'Trachypithecus vetulus', family: 'Cercopithecidae', bodyKg: 5.684, brainG: 59.9 },
  { name: 'Cheirogaleus major', sourceName: 'Cheirogaleus major', family: 'Cheirogaleidae', bodyKg: 0.4, brainG: 5.6 },
  { name: 'Cheirogaleus medius', sourceName: 'Cheirogaleus medius', family: 'Cheirogaleidae', bodyKg: 0.1395, brainG: 2.5 },
  { name: localized('灰鼠狐猴', 'Gray mouse lemur'), sourceName: 'Microcebus murinus', family: 'Cheirogaleidae', bodyKg: 0.0651, brainG: 1.6 },
  { name: 'Microcebus rufus', sourceName: 'Microcebus rufus', family: 'Cheirogaleidae', bodyKg: 0.043, brainG: 1.6 },
  { name: 'Mirza coquereli', sourceName: 'Mirza coquereli', family: 'Cheirogaleidae', bodyKg: 0.3115, brainG: 5.8 },
  { name: 'Phaner pallescens', sourceName: 'Phaner pallescens', family: 'Cheirogaleidae', bodyKg: 0.339, brainG: 6.7 },
  { name: localized('指猴', 'Aye-aye'), sourceName: 'Daubentonia madagascariensis', family: 'Daubentoniidae', bodyKg: 2.595, brainG: 44.7 },
  { name: 'Euoticus elegantulus', sourceName: 'Euoticus elegantulus', family: 'Galagidae', bodyKg: 0.274, brainG: 5.4 },
  { name: 'Euoticus pallidus', sourceName: 'Euoticus pallidus', family: 'Galagidae', bodyKg: 0.2537, brainG: 5.2 },
  { name: 'Galago gallarum', sourceName: 'Galago gallarum', family: 'Galagidae', bodyKg: 0.2, brainG: 4.3 },
  { name: 'Galago moholi', sourceName: 'Galago moholi', family: 'Galagidae', bodyKg: 0.1484, brainG: 3.7 },
  { name: 'Galago senegalensis', sourceName: 'Galago senegalensis', family: 'Galagidae', bodyKg: 0.1942, brainG: 4 },
  { name: 'Galagoides demidovii', sourceName: 'Galagoides demidovii', family: 'Galagidae', bodyKg: 0.0746, brainG: 2.6 },
  { name: 'Galagoides thomasi', sourceName: 'Galagoides thomasi', family: 'Galagidae', bodyKg: 0.078, brainG: 2.8 },
  { name: 'Galagoides zanzibaricus', sourceName: 'Galagoides zanzibaricus', family: 'Galagidae', bodyKg: 0.143, brainG: 4.1 },
  { name: 'Otolemur crassicaudatus', sourceName: 'Otolemur crassicaudatus', family: 'Galagidae', bodyKg: 1.15, brainG: 11.8 },
  { name: 'Otolemur garnettii', sourceName: 'Otolemur garnettii', family: 'Galagidae', bodyKg: 1.188, brainG: 10.8 },
  { name: 'Sciurocheirus alleni cameronensis', sourceName: 'Sciurocheirus alleni cameronensis', family: 'Galagidae', bodyKg: 0.269, brainG: 5.7 },
  { name: 'Sciurocheirus gabonensis', sourceName: 'Sciurocheirus gabonensis', family: 'Galagidae', bodyKg: 0.26, brainG: 5.4 },
  { name: localized('东部大猩猩', 'Eastern gorilla'), sourceName: 'Gorilla beringei', family: 'Gorillidae', bodyKg: 97.5, brainG: 456.1 },
  { name: localized('西部大猩猩', 'Western gorilla'), sourceName: 'Gorilla gorilla', family: 'Gorillidae', bodyKg: 71.5, brainG: 433.7 },
  { name: 'Hoolock hoolock', sourceName: 'Hoolock hoolock', family: 'Hylobatidae', bodyKg: 6.955, brainG: 108.3 },
  { name: 'Hylobates agilis', sourceName: 'Hylobates agilis', family: 'Hylobatidae', bodyKg: 5.85, brainG: 95.9 },
  { name: 'Hylobates klossii', sourceName: 'Hylobates klossii', family: 'Hylobatidae', bodyKg: 5.795, brainG: 87.6 },
  { name: localized('白掌长臂猿', 'Lar gibbon'), sourceName: 'Hylobates lar', family: 'Hylobatidae', bodyKg: 5.625, brainG: 101.4 },
  { name: 'Hylobates moloch', sourceName: 'Hylobates moloch', family: 'Hylobatidae', bodyKg: 6.415, brainG: 93.5 },
  { name: 'Hylobates muelleri', sourceName: 'Hylobates muelleri', family: 'Hylobatidae', bodyKg: 5.647, brainG: 95.4 },
  { name: 'Hylobates pileatus', sourceName: 'Hylobates pileatus', family: 'Hylobatidae', bodyKg: 5.47, brainG: 84.7 },
  { name: localized('西黑冠长臂猿', 'Western black crested gibbon'), sourceName: 'Nomascus concolor', family: 'Hylobatidae', bodyKg: 6.5, brainG: 125.7 },
  { name: 'Nomascus gabriellae', sourceName: 'Nomascus gabriellae', family: 'Hylobatidae', bodyKg: 6.939, brainG: 117 },
  { name: localized('北白颊长臂猿', 'Northern white-cheeked gibbon'), sourceName: 'Nomascus leucogenys', family: 'Hylobatidae', bodyKg: 6.52, brainG: 122 },
  { name: localized('合趾猿', 'Siamang'), sourceName: 'Symphalangus syndactylus', family: 'Hylobatidae', bodyKg: 11.29, brainG: 124.5 },
  { name: 'Avahi laniger', sourceName: 'Avahi laniger', family: 'Indridae', bodyKg: 1.207, brainG: 9.5 },
  { name: localized('大狐猴', 'Indri'), sourceName: 'Indri indri', family: 'Indridae', bodyKg: 6.485, brainG: 35 },
  { name: 'Propithecus coquereli', sourceName: 'Propithecus coquereli', family: 'Indridae', bodyKg: 3.86, brainG: 28.9 },
  { name: 'Propithecus deckenii', sourceName: 'Propithecus deckenii', family: 'Indridae', bodyKg: 2.914, brainG: 28 },
  { name: 'Propithecus diadema', sourceName: 'Propithecus diadema', family: 'Indridae', bodyKg: 6.505, brainG: 36.9 },
  { name: 'Propithecus edwardsi', sourceName: 'Propithecus edwardsi', family: 'Indridae', bodyKg: 5.862, brainG: 37.9 },
  { name: 'Propithecus verreauxi', sourceName: 'Propithecus verreauxi', family: 'Indridae', bodyKg: 2.783, brainG: 26 },
  { name: 'Eulemur albifrons', sourceName: 'Eulemur albifrons', family: 'Lemuridae', bodyKg: 2.181, brainG: 23 },
  { name: 'Eulemur collaris', sourceName: 'Eulemur collaris', family: 'Lemuridae', bodyKg: 2.143, brainG: 22.9 },
  { name: 'Eulemur coronatus', sourceName: 'Eulemur coronatus', family: 'Lemuridae', bodyKg: 1.18, brainG: 19.8 },
  { name: 'Eulemur fulvus', sourceName: 'Eulemur fulvus', family: 'Lemuridae', bodyKg: 1.782, brainG: 24.7 },
  { name: 'Eulemur macaco', sourceName: 'Eulemur macaco', family: 'Lemuridae', bodyKg: 1.934, brainG: 23.3 },
  { name: 'Eulemur mongoz', sourceName: 'Eulemur mongoz', family: 'Lemuridae', bodyKg: 1.212, brainG: 18.9 },
  { name: 'Eulemur rubriventer', sourceName: 'Eulemur rubriventer', family: 'Lemuridae', bodyKg: 1.96, brainG: 23.9 },
  { name: 'Eulemur rufus', sourceName: 'Eulemur rufus', family: 'Lemuridae', bodyKg: 1.815, brainG: 22.5 },
  { name: 'Hapalemur alaotrensis', sourceName: 'Hapalemur alaotrensis', family: 'Lemuridae', bodyKg: 1.239, brainG: 14.5 },
  { name: 'Hapalemur griseus', sourceName: 'Hapalemur griseus', family: 'Lemuridae', bodyKg: 0.9145, brainG: 13.8 },
  { name: localized('环尾狐猴', 'Ring-tailed lemur'), sourceName: 'Lemur catta', family: 'Lemuridae', bodyKg: 2.188, brainG: 22.1 },
  { name: 'Prolemur simus', sourceName: 'Prolemur simus', family: 'Lemuridae', bodyKg: 2.244, brainG: 26.2 },
  { name: 'Varecia rubra', sourceName: 'Varecia rubra', family: 'Lemuridae', bodyKg: 3.527, brainG: 29.8 },
  { name: 'Varecia variegata', sourceName: 'Varecia variegata', family: 'Lemuridae', bodyKg: 3.575, brainG: 30.5 },
  { name: 'Lepilemur leucopus', sourceName: 'Lepilemur leucopus', family: 'Lepilemuridae', bodyKg: 0.6055, brainG: 6.7 },
  { name: 'Lepilemur mustelinus', sourceName: 'Lepilemur mustelinus', family: 'Lepilemuridae', bodyKg: 0.804, brainG: 7.9 },
  { name: 'Lepilemur ruficaudatus', sourceName: 'Lepilemur ruficaudatus', family: 'Lepilemuridae', bodyKg: 0.7805, brainG: 7.6 },
  { name: 'Arctocebus aureus', sourceName: 'Arctocebus aureus', family: 'Loridae', bodyKg: 0.21, brainG: 5.9 },
  { name: 'Arctocebus calabarensis', sourceName: 'Arctocebus calabarensis', family: 'Loridae', bodyKg: 0.309, brainG: 7 },
  { name: 'Loris lydekkerianus', sourceName: 'Loris lydekkerianus', family: 'Loridae', bodyKg: 0.273, brainG: 6.4 },
  { name: 'Loris tardigradus', sourceName: 'Loris tardigradus', family: 'Loridae', bodyKg: 0.1925, brainG: 5.4 },
  { name: localized('蜂猴', 'Bengal slow loris'), sourceName: 'Nycticebus bengalensis', family: 'Loridae', bodyKg: 1.248, brainG: 12.9 },
  { name: 'Nycticebus coucang', sourceName: 'Nycticebus coucang', family: 'Loridae', bodyKg: 0.6525, brainG: 10 },
  { name: 'Nycticebus javanicus', sourceName: 'Nycticebus javanicus', family: 'Loridae', bodyKg: 0.6565, brainG: 10.4 },
  { name: localized('倭蜂猴', 'Pygmy slow loris'), sourceName: 'Nycticebus pygmaeus', family: 'Loridae', bodyKg: 0.42, brainG: 7.2 },
  { name: 'Perodicticus potto', sourceName: 'Perodicticus potto', family: 'Loridae', bodyKg: 0.8384, brainG: 12.5 },
  { name: localized('倭黑猩猩', 'Bonobo'), sourceName: 'Pan paniscus', family: 'Panidae', bodyKg: 33.2, brainG: 326.2 },
  { name: localized('黑猩猩', 'Chimpanzee'), sourceName: 'Pan troglodytes', family: 'Panidae', bodyKg: 40.37, brainG: 357.7 },
  { name: 'Cacajao calvus', sourceName: 'Cacajao calvus', family: 'Pitheciidae', bodyKg: 2.88, brainG: 70.7 },
  { name: 'Cacajao melanocephalus', sourceName: 'Cacajao melanocephalus', family: 'Pitheciidae', bodyKg: 2.3, brainG: 62 },
  { name: 'Chiropotes albinasus', sourceName: 'Chiropotes albinasus', family: 'Pitheciidae', bodyKg: 2.846, brainG: 57.6 },
  { name: 'Chiropotes chiropotes', sourceName: 'Chiropotes chiropotes', family: 'Pitheciidae', bodyKg: 2.563, brainG: 54.9 },
  { name: 'Chiropotes satanas', sourceName: 'Chiropotes satanas', family: 'Pitheciidae', bodyKg: 3.03, brainG: 49.4 },
  { name: 'Pithecia irrorata', sourceName: 'Pithecia irrorata', family: 'Pitheciidae', bodyKg: 1.942, brainG: 37.1 },
  { name: 'Pithecia monachus', sourceName: 'Pithecia monachus', family: 'Pitheciidae', bodyKg: 2.293, brainG: 36.1 },
  { name: 'Pithecia pithecia', sourceName: 'Pithecia pithecia', family: 'Pitheciidae', bodyKg: 1.639, brainG: 31.5 },
  { name: localized('苏门答腊猩猩', 'Sumatran orangutan'), sourceName: 'Pongo abelii', family: 'Pongidae', bodyKg: 41.15, brainG: 346.1 },
  { name: localized('婆罗洲猩猩', 'Bornean orangutan'), sourceName: 'Pongo pygmaeus', family: 'Pongidae', bodyKg: 36.95, brainG: 339.6 },
  { name: 'Pongo pygmaeus morio', sourceName: 'Pongo pygmaeus morio', family: 'Pongidae', bodyKg: 37.5, brainG: 330.1 },
  { name: 'Pongo pygmaeus wurmbii', sourceName: 'Pongo pygmaeus wurmbii', family: 'Pongidae', bodyKg: 36.74, brainG: 336.6 },
  { name: 'Tarsius bancanus', sourceName: 'Tarsius bancanus', family: 'Tarsiidae', bodyKg: 0.1107, brainG: 3.1 },
  { name: 'Tarsius syrichta', sourceName: 'Tarsius syrichta', family: 'Tarsiidae', bodyKg: 0.129, brainG: 3.4 },
  { name: 'Tarsius tarsier', sourceName: 'Tarsius tarsier', family: 'Tarsiidae', bodyKg: 0.1165, brainG: 3.3 },
]

const homininRows: HomininRow[] = [
  { name: localized('始祖地猿', 'Ardipithecus ramidus'), sourceName: 'Ardipithecus ramidus', ageMa: 4.4, bodyKg: 41.5, brainG: 325, fitGroup: 'Ancestral' },
  { name: localized('湖畔南方古猿', 'Australopithecus anamensis'), sourceName: 'Australopithecus anamensis', ageMa: 4.05, bodyKg: 46.3, brainG: 367.5, fitGroup: 'Ancestral' },
  { name: localized('阿法南方古猿', 'Australopithecus afarensis'), sourceName: 'Australopithecus afarensis', ageMa: 3.09, bodyKg: 39.1, brainG: 445.8, fitGroup: 'Derived' },
  { name: localized('非洲南方古猿', 'Australopithecus africanus'), sourceName: 'Australopithecus africanus', ageMa: 2.8, bodyKg: 30.5, brainG: 462.3, fitGroup: 'Derived' },
  { name: localized('埃塞俄比亚傍人', 'Paranthropus aethiopicus'), sourceName: 'Australopithecus aethiopicus', ageMa: 2.09, bodyKg: 31, brainG: 431.8, fitGroup: 'Derived' },
  { name: localized('源泉南方古猿', 'Australopithecus sediba'), sourceName: 'Australopithecus sediba', ageMa: 1.98, bodyKg: 25.8, brainG: 420, fitGroup: 'Derived' },
  { name: localized('鲁道夫人', 'Homo rudolfensis'), sourceName: 'Homo rudolfensis', ageMa: 1.87, bodyKg: 45.6, brainG: 788.5, fitGroup: 'Derived' },
  { name: localized('能人', 'Homo habilis'), sourceName: 'Homo habilis', ageMa: 1.76, bodyKg: 32.6, brainG: 551.5, fitGroup: 'Derived' },
  { name: localized('匠人', 'Homo ergaster'), sourceName: 'Homo ergaster', ageMa: 1.74, bodyKg: 59.2, brainG: 850, fitGroup: 'Derived' },
  { name: localized('鲍氏傍人', 'Paranthropus boisei'), sourceName: 'Australopithecus boisei', ageMa: 1.65, bodyKg: 35.3, brainG: 515, fitGroup: 'Derived' },
  { name: localized('粗壮傍人', 'Paranthropus robustus'), sourceName: 'Australopithecus robustus', ageMa: 1.5, bodyKg: 30.1, brainG: 493.3, fitGroup: 'Derived' },
  { name: localized('直立人', 'Homo erectus'), sourceName: 'Homo erectus', ageMa: 0.81, bodyKg: 51, brainG: 941.4, fitGroup: 'Derived' },
  { name: localized('纳莱迪人', 'Homo naledi'), sourceName: 'Homo naledi', ageMa: 0.288, bodyKg: 37.4, brainG: 513, fitGroup: 'Derived' },
  { name: localized('海德堡人', 'Homo heidelbergensis'), sourceName: 'Homo heidelbergensis', ageMa: 0.27, bodyKg: 70.6, brainG: 1265.8, fitGroup: 'Derived' },
  { name: localized('弗洛勒斯人', 'Homo floresiensis'), sourceName: 'Homo floresiensis', ageMa: 0.08, bodyKg: 27.5, brainG: 426, fitGroup: 'Derived' },
  { name: localized('尼安德特人', 'Homo neanderthalensis'), sourceName: 'Homo neanderthalensis', ageMa: 0.08, bodyKg: 72.1, brainG: 1487.5, fitGroup: 'Derived' },
  { name: localized('智人（化石）', 'Homo sapiens (fossil)'), sourceName: 'Homo sapiens (fossil)', ageMa: 0.01, bodyKg: 63.5, brainG: 1330, fitGroup: 'Derived' },
  { name: localized('智人（现代人）', 'Homo sapiens (modern)'), sourceName: 'Homo sapiens', ageMa: 0.001, bodyKg: 57.8, brainG: 1349, fitGroup: 'Derived', isHuman: true },
]

export const mammals: Series<MammalRow> = checkEditions({
  id: 'mammals',
  label: localized('哺乳动物', 'Mammals'),
  source: mammalSource,
  rows: mammalRows,
}, { positive: ['bodyKg', 'brainG'], text: ['name', 'sourceName'] })

export const primates: Series<PrimateRow> = checkEditions({
  id: 'primates',
  label: localized('非人灵长类', 'Non-human primates'),
  source: primateSource,
  rows: primateRows,
}, { positive: ['bodyKg', 'brainG'], text: ['name', 'sourceName', 'family'] })

export const hominins: Series<HomininRow> = checkEditions({
  id: 'hominins',
  label: localized('人族', 'Hominids'),
  source: homininSource,
  rows: homininRows,
}, { positive: ['bodyKg', 'brainG', 'ageMa'], text: ['name', 'sourceName'] })

/**
 * Table 1c-i has 19 taxa; one has no body mass, so it cannot be placed on the plot or in a fit.
 * Kept here so the count of the source table stays checkable.
 */
export const homininsWithoutBodyMass: readonly Omit<HomininRow, 'bodyKg'>[] = [
  { name: localized('惊奇南方古猿', 'Australopithecus garhi'), sourceName: 'Australopithecus garhi', ageMa: 2.5, brainG: 450, fitGroup: 'Derived' },
]

/** rows in the source tables, for the integrity tests */
export const SOURCE_TABLE_COUNTS = { mammals: 62, primates: 224, hominins: 19 } as const

export type BrainBodyGroup = 'mammals' | 'primates' | 'hominins'

/** the hominin rows that enter the hominin fit: Monson et al.'s "Derived" group (Au. afarensis onwards) */
export const homininFitRows = hominins.rows.filter(r => r.fitGroup === 'Derived')

/**
 * The fits the research notes report (datasets.md §1a and §1c, OLS of log10 brain on log10 body, tag C).
 * Tests check that our own fit (snippets/powerLawFit.ts) reproduces them.
 */
export const reportedFits = {
  mammals: { n: 62, slope: 0.752, intercept: 0.927, r2: 0.92 },
  primates: { n: 224, slope: 0.796, intercept: 1.250, r2: 0.94 },
  homininsDerived: { n: 16, slope: 1.288, intercept: 0.748, r2: 0.90 },
  homininsAll: { n: 18, slope: 1.254, intercept: 0.768, r2: 0.69 },
} as const

/**
 * What this module's figures run to: the newest source is the Monson, Weitz & Brasil compilation as released
 * in the teslamonson/encephalization repository (README “2024”, data file of Feb 2024; the paper itself was
 * not found published). The other two tables are from 1976 and 2017.
 */
export const AS_OF = asOf('brainBody', '2024-02')
