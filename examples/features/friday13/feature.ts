export function friday13(year: number): number {
  return Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(year, month, 13)).getUTCDay()).filter((day) => day === 5).length;
}
