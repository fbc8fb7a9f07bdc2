// A title with the place it belongs to, as a reader writes it: the level the place ends with is named once.

/**
 * 平阳县 + 县人大常委会主任 → 平阳县人大常委会主任, 丽水市 + 市委书记 → 丽水市委书记; a title that is the level's own head
 * keeps it (平阳县 + 县长 → 平阳县县长), and any other title follows the place (平阳县 + 副县长 → 平阳县副县长).
 */
export function placedTitle(place: string | null, title: string): string {
  if (!place) return title
  const level = place.slice(-1)
  return /[省市县区旗州盟乡镇]/.test(level) && title.startsWith(level) && title[1] !== '长' ? place + title.slice(1) : place + title
}
