export function urldecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, " "));
}
