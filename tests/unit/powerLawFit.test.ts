import { describe, expect, it } from 'vitest'
import { homininFitRows, hominins, mammals, primates, reportedFits } from '../../data/brainBody'
import { powerLawFit, predict } from '../../snippets/powerLawFit'

const pts = (rows: readonly { bodyKg: number, brainG: number }[]) => rows.map(r => ({ x: r.bodyKg, y: r.brainG }))

describe('powerLawFit on synthetic data', () => {
  it('recovers y = 2·x^0.75 exactly', () => {
    const xs = [0.01, 0.3, 1, 7, 50, 1200, 9000]
    const fit = powerLawFit(xs.map(x => ({ x, y: 2 * x ** 0.75 })))
    expect(fit.slope).toBeCloseTo(0.75, 12)
    expect(fit.intercept).toBeCloseTo(Math.log10(2), 12)
    expect(fit.r2).toBeCloseTo(1, 12)
    expect(fit.slopeSE).toBeCloseTo(0, 9)
    expect(fit.n).toBe(7)
    expect(fit.xExtent).toEqual([0.01, 9000])
    expect(predict(fit, 16)).toBeCloseTo(2 * 16 ** 0.75, 9)
  })

  it('fits a known least-squares line through noisy points', () => {
    // log10 points (0,0), (1,1), (2,3): slope 1.5, intercept -1/6, r² = 2.25·2 / (14/3) = 27/28
    const fit = powerLawFit([{ x: 1, y: 1 }, { x: 10, y: 10 }, { x: 100, y: 1000 }])
    expect(fit.slope).toBeCloseTo(1.5, 12)
    expect(fit.intercept).toBeCloseTo(-1 / 6, 12)
    expect(fit.r2).toBeCloseTo(27 / 28, 12)
    // residuals 1/6, −1/3, 1/6: RSS = 1/6 on 1 d.f., sxx = 2 → SE = √(1/12)
    expect(fit.slopeSE).toBeCloseTo(Math.sqrt(1 / 12), 12)
  })

  it('rejects too few points, non-positive values and a single x', () => {
    expect(() => powerLawFit([{ x: 1, y: 1 }])).toThrowError(/two points/)
    expect(() => powerLawFit([{ x: 1, y: 1 }, { x: 0, y: 2 }])).toThrowError(/positive/)
    expect(() => powerLawFit([{ x: 2, y: 1 }, { x: 2, y: 3 }])).toThrowError(/different x/)
  })
})

describe('powerLawFit reproduces the slopes reported in the research notes (±0.05)', () => {
  it('62 mammals: 0.752', () => {
    const fit = powerLawFit(pts(mammals.rows))
    expect(fit.n).toBe(reportedFits.mammals.n)
    expect(Math.abs(fit.slope - reportedFits.mammals.slope)).toBeLessThan(0.05)
    // our fit agrees to the printed precision
    expect(fit.slope).toBeCloseTo(0.752, 3)
    expect(fit.intercept).toBeCloseTo(0.927, 3)
    expect(fit.r2).toBeCloseTo(0.92, 2)
  })

  it('224 non-human primates: 0.796', () => {
    const fit = powerLawFit(pts(primates.rows))
    expect(fit.n).toBe(224)
    expect(Math.abs(fit.slope - reportedFits.primates.slope)).toBeLessThan(0.05)
    expect(fit.slope).toBeCloseTo(0.796, 3)
    expect(fit.intercept).toBeCloseTo(1.25, 3)
    expect(fit.r2).toBeCloseTo(0.94, 2)
  })

  it('16 "Derived" hominins: 1.288, much steeper', () => {
    const fit = powerLawFit(pts(homininFitRows))
    expect(fit.n).toBe(16)
    expect(Math.abs(fit.slope - reportedFits.homininsDerived.slope)).toBeLessThan(0.05)
    expect(fit.slope).toBeCloseTo(1.288, 3)
    expect(fit.slopeSE).toBeCloseTo(0.1155, 3)
    expect(fit.r2).toBeCloseTo(0.9, 2)
    // the sample spans less than a factor of 3 in body mass: 25.8–72.1 kg
    expect(fit.xExtent).toEqual([25.8, 72.1])
    expect(fit.xExtent[1] / fit.xExtent[0]).toBeLessThan(3)
    expect(fit.slope).toBeGreaterThan(powerLawFit(pts(primates.rows)).slope + 0.4)
  })

  it('all 18 hominins with a body mass: 1.254', () => {
    const fit = powerLawFit(pts(hominins.rows))
    expect(fit.n).toBe(18)
    expect(Math.abs(fit.slope - reportedFits.homininsAll.slope)).toBeLessThan(0.05)
    expect(fit.slope).toBeCloseTo(1.254, 3)
    // all 18 taxa: a much wider uncertainty than the 16 "Derived" ones
    expect(fit.slopeSE).toBeCloseTo(0.2127, 3)
  })
})
