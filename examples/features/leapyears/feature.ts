export function leapyears(first: number, last: number): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y++) if ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) years.push(y);
  return years;
}
