// Stage: what kind of article a draft is: news (本报讯), feature (bylined, with section heads), notice
// (公告, 决定), photo (a picture story or caption), teaser (>>>N版), ad, or other.
import type { ArticleKind } from '../../shared/corpus-schema'
import type { TitledDraft } from './attach-headlines'
import type { Reflowed } from './reflow-paragraphs'
import { endsParagraph } from './line-roles'

const NOTICE = /(公告|决定|通知|通告|公示|决议|启事|声明|任免名单|名单)(?:$|\s|[（(])/
const PHOTO_STORY_MAX = 600
const FEATURE_MIN = 1500
const RUNNING_TEXT_MIN = 50

export function classifyKind(d: TitledDraft, text: Reflowed): ArticleKind {
  if (d.kindHint === 'ad' || d.kindHint === 'teaser') return d.kindHint
  const heads = [d.kicker, d.headline].filter(Boolean).join(' ')
  const writers = d.byline.reporters.length + d.byline.correspondents.length
  if (NOTICE.test(heads) && !writers && !d.lead) return 'notice'
  const chars = text.paragraphs.join('').length
  if (d.kindHint === 'photo' || (!d.lead && !writers && d.byline.photographers.length && chars <= PHOTO_STORY_MAX)) return 'photo'
  if (d.lead) return 'news'
  if (text.sections.length || (writers && chars > FEATURE_MIN)) return 'feature'
  if (writers || d.headline || d.fromPage) return 'news'
  // running text of its own, with no headline or byline (a brief): a report all the same
  if (chars >= RUNNING_TEXT_MIN && text.paragraphs.some((p) => endsParagraph(p))) return 'news'
  return 'other'
}
