// Starts `slidev` (the dev server a presenter uses) on a free loopback port and resolves once it answers.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  let lastError
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok)
        return
      lastError = new Error(`HTTP ${res.status}`)
    }
    catch (error) {
      lastError = error
    }
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${lastError?.message}`)
}

export async function startDevServer({ entry = 'slides.md' } = {}) {
  const port = await freePort()
  const child = spawn('npx', ['slidev', entry, '--port', String(port), '--bind', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: process.platform !== 'win32',
  })
  child.stdout.resume()
  const url = `http://127.0.0.1:${port}/`
  const close = () => new Promise((resolve) => {
    if (child.exitCode !== null)
      return resolve()
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid, 'SIGTERM')
    }
    catch {
      child.kill('SIGTERM')
    }
  })
  try {
    await waitForHttp(url)
  }
  catch (error) {
    await close()
    throw error
  }
  return { url, port, close }
}
