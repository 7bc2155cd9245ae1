import { distanceKm, distanceLabel } from './geo'

describe('distance between halls and the phone', () => {
  it('measures 泉州 to 晋江 as about 15 km', () => {
    const km = distanceKm({ latitude: 24.9035, longitude: 118.6164 }, { latitude: 24.781, longitude: 118.552 })
    expect(km).toBeGreaterThan(14)
    expect(km).toBeLessThan(16)
    expect(distanceKm({ latitude: 24.9, longitude: 118.6 }, { latitude: 24.9, longitude: 118.6 })).toBe(0)
  })

  it('rounds what it shows, since hall coordinates are approximate', () => {
    expect(distanceLabel(0.04)).toBe('约 100 米')
    expect(distanceLabel(0.84)).toBe('约 800 米')
    expect(distanceLabel(3.456)).toBe('约 3.5 公里')
    expect(distanceLabel(14.6)).toBe('约 15 公里')
  })
})
