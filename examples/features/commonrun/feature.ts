export function commonrun(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : 0);
    best = Math.max(best, ...row);
    prev = row;
  }
  return best;
}
