export function strongpassword(s: string): boolean {
  return s.length >= 8 && /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) && /[^a-zA-Z\d]/.test(s);
}
