#!/usr/bin/env node
// `npm run preview [-- --dir dist --port 4173]`: serves the built deck on loopback under the base it
// was built for (read from dist/index.html), like a plain static host.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { startStaticServer } from './static-server.mjs'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
  },
})

try {
  const srv = await startStaticServer({ dir: values.dir, port: Number(values.port) })
  console.log(`Serving ${values.dir}/ at ${srv.url}  (Ctrl+C to stop)`)
}
catch (error) {
  console.error(error.message)
  process.exit(1)
}
