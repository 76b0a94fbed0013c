import type { Page } from '@playwright/test'

/**
 * A PNG's pixels (RGBA), decoded by the browser: Node has no PNG decoder here. The page draws the image
 * on a canvas and hands its pixels back base64-encoded.
 */
export async function pngPixels(page: Page, png: Uint8Array): Promise<{ data: Uint8ClampedArray, width: number, height: number }> {
  const out = await page.evaluate(async (b64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${b64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(image, 0, 0)
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    let bin = ''
    for (let i = 0; i < data.length; i += 0x8000)
      bin += String.fromCharCode(...data.subarray(i, i + 0x8000))
    return { rgba: btoa(bin), width, height }
  }, Buffer.from(png).toString('base64'))
  return { data: new Uint8ClampedArray(Buffer.from(out.rgba, 'base64')), width: out.width, height: out.height }
}
