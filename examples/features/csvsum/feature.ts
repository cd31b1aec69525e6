export function csvsum(line: string): number {
  return line.split(",").filter((field) => field.trim() !== "").reduce((sum, field) => sum + Number(field), 0);
}
