// Finding a person by what a reader types: part of the name in characters.
export function matchesPerson(name: string, query: string): boolean {
  const q = query.trim()
  return !q || name.includes(q)
}
