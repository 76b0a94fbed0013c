#!/usr/bin/env node
// `node scripts/check-data.mjs`: imports every data module (data/*.ts) the way the deck does, so each
// one's row validation (`checkSeries`, data/types.ts) runs in Node before anything is built or
// exported. A malformed row fails here naming the file, the series and the row, instead of shipping
// a slide that shows Slidev's misleading "Failed to fetch this slide" placeholder.
// `npm run build` and `npm run export` run it first.
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'

/** @returns {Promise<{ modules: string[], problems: string[] }>} */
export async function checkData(root = process.cwd()) {
  const { runnerImport } = await import('vite')
  const dir = join(resolve(root), 'data')
  const modules = readdirSync(dir).filter(f => /\.(?:ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort()
  const problems = []
  for (const f of modules) {
    try {
      await runnerImport(join(dir, f), { root: resolve(root), configFile: false, logLevel: 'silent' })
    }
    catch (error) {
      problems.push(`data/${f}: ${error?.message ?? error}`)
    }
  }
  return { modules, problems }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { modules, problems } = await checkData()
  if (problems.length) {
    console.error(`✗ ${problems.length} data module(s) reject their own rows:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log(`✓ ${modules.length} data modules load and validate`)
}
