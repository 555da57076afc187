/** Shared by the integrity-check tables: one sentence on a minimal article page, through extraction and parsing. */
import type { Knowledge } from '../../../utils/analysis/knowledge';
import { parseArticle } from '../../../utils/analysis/parse';
import type { Check } from '../../../utils/checks/types';
import type { Flag } from '../../../utils/report';
import { readPage } from '../../../scripts/lib/read-page';
import { articlePage } from '../../helpers/analyze-html';
import { KNOWN_WIRE_URL } from '../support';

export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'zh';

/** An ordinary opening sentence per language, so the case is never the article's only text. */
export const LEAD: Record<Lang, string> = {
  en: 'Ferry fares in Port Elwin will rise by a small amount next spring, the operator announced on its website.',
  es: 'Las tarifas del ferry de Puerto Elwin subirán ligeramente la próxima primavera, según anunció la naviera en su web.',
  fr: 'Les tarifs du ferry de Port-Elwin augmenteront légèrement au printemps prochain, a annoncé la compagnie sur son site.',
  de: 'Die Fährpreise in Port Elwin steigen im nächsten Frühjahr leicht, wie der Betreiber auf seiner Website mitteilte.',
  pt: 'As tarifas da balsa de Porto Elwin vão subir um pouco na próxima primavera, anunciou a operadora em seu site.',
  zh: '港口埃尔温的渡轮票价将于明年春季小幅上涨，运营商在其网站上宣布了这一消息。',
};

/** A case: the sentence (or paragraph) under test; `note` puts it in an editor's note after the article. */
export type Case = { lang: Lang; text: string; note?: boolean; excerpt?: string };

/**
 * The flags one check raises on a page made of the lead and the case. The check reads only the
 * parsed article, so the database is not opened; the page language is the case's.
 */
export function flagsOn(check: Check, c: Case): Flag[] {
  const paragraphs = c.note ? [LEAD[c.lang], LEAD[c.lang]] : [LEAD[c.lang], c.text];
  const html = articlePage(paragraphs, c.note ? { after: `<p class="editors-note">${c.text}</p>` } : {});
  const article = readPage(html, 'inline.html', KNOWN_WIRE_URL);
  const parsed = { ...parseArticle(article), lang: c.lang };
  const known = {} as Knowledge;
  return check.check({ article, parsed, known, attributions: [], citations: [] });
}
