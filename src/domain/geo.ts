/** Great-circle distance in kilometres between two points (haversine; good to a few metres here). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLng = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** 约 1.2 公里 / 约 800 米: rounded, because hall coordinates are approximate (seed SOURCE.md). */
export function distanceLabel(km: number): string {
  if (km < 1) return `约 ${Math.max(100, Math.round(km * 10) * 100)} 米`
  return `约 ${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`
}
