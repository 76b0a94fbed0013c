// The reference the deck is measured against: a one-slide Slidev deck in a temporary folder that
// uses this project's node_modules (a symlink; nothing is installed) and the same headmatter basics.
//
// What "bare" means here (printed with the results):
//   same Slidev, same theme (default), same canvas (980 px, 16/9), same router (hash), colour scheme auto,
//   transition slide-left, fonts provider none with NO self-hosted font imports (so system fonts),
//   one text slide (a title and a line, in Chinese), no components, charts, mermaid, code, PWA or PDF download.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const BARE_DESCRIPTION = 'one text slide; same Slidev/theme default/canvas 980 16:9/hash router/transition; '
  + 'fonts provider none, no font imports; no components, charts, mermaid, code, PWA'

const SLIDES = `---
theme: default
title: 空白对照
colorSchema: auto
aspectRatio: 16/9
canvasWidth: 980
fonts:
  provider: none
transition: slide-left
routerMode: hash
monaco: false
twoslash: false
drawings:
  persist: false
---

# 预训练的终结？

一页纯文字的对照幻灯片。
`

/** Writes the bare deck into a new folder under os.tmpdir(); returns { dir, entry, remove }. */
export function createBareDeck(projectRoot) {
  const dir = mkdtempSync(join(tmpdir(), 'slidev-bench-bare-'))
  writeFileSync(join(dir, 'slides.md'), SLIDES)
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'slidev-bench-bare', private: true, type: 'module' }, null, 2)}\n`)
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return {
    dir,
    entry: join(dir, 'slides.md'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
