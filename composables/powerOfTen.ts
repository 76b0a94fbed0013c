import { format } from 'd3-format'

/**
 * Scientific notation for an audience: 1e26 → "10²⁶", 3e24 → "3×10²⁴". d3-format does the number
 * (`.{digits}e`), this only sets the exponent as superscript.
 */
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
}

export function powerOfTen(value: number, digits = 0): string {
  if (!Number.isFinite(value) || value <= 0)
    return format(`.${digits}~e`)(value)
  const [mantissa, exponent] = format(`.${digits}~e`)(value).split('e') as [string, string]
  const sup = String(Number(exponent)).split('').map(c => SUPERSCRIPT[c] ?? c).join('')
  return mantissa === '1' ? `10${sup}` : `${mantissa}×10${sup}`
}
