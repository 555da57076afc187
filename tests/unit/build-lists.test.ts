/** The bundled lists built from the outlet datasets (scripts/build-lists.ts and scripts/lists/). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCred1List, cred1Kind, type Cred1Row } from '../../scripts/lists/cred-1';
import { cleanHost, compactHosts } from '../../scripts/lists/domains';
import { buildIdiapList, type IdiapRow } from '../../scripts/lists/idiap';
import { makeList, renderJson, trimText } from '../../scripts/lists/list';
import { bundledManifest, buildFromCsv, LIST_SOURCES, listPath } from '../../scripts/lists/pipeline';
import { buildWikipediaList, entryHosts, perennialKind, splitName, WIKIPEDIA_META, type PerennialRow } from '../../scripts/lists/wikipedia-perennial';
import { validateList } from '../../utils/db/import-list';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPORA = process.env.OUTLET_CORPORA ?? join(ROOT, '..', 'shared', 'corpora', 'outlets');

let rowId = 0;
function perennial(name: string, status: string[], urls: string[], info = `${name} is a source.`): PerennialRow {
  rowId += 1;
  const page = name.replace(/\s*\(.*$/, '').replace(/ /g, '_');
  return { id: String(rowId), name, status: JSON.stringify(status), wiki_url: `https://en.wikipedia.org/wiki/${page}`, urls: JSON.stringify(urls), info };
}

const outletsOf = (rows: PerennialRow[]) => buildWikipediaList(rows).list.outlets ?? [];

describe('Wikipedia perennial sources: status → kind', () => {
  it('maps each status plainly, the most cautious of several deciding', () => {
    expect(perennialKind(['Generally reliable'], 'The Hill', 'The Hill is considered generally reliable.')).toBe('news');
    expect(perennialKind(['No consensus'], 'Xinhua', 'Xinhua is the state-run press agency of China.')).toBe('news');
    expect(perennialKind(['Generally unreliable'], 'AlterNet', '')).toBe('unreliable');
    expect(perennialKind(['Deprecated'], 'Daily Mail', '')).toBe('unreliable');
    expect(perennialKind(['Blacklisted', 'No consensus'], 'The Points Guy', '')).toBe('unreliable');
    expect(perennialKind(['Generally reliable', 'No consensus'], 'X', '')).toBe('news');
    expect(perennialKind(['Wikipedia:Reliable sources/Noticeboard'], 'The Canary', 'This description is disputed.')).toBeNull();
  });

  it('names wires, broadcasters and magazines only where a reliable entry says so', () => {
    expect(perennialKind(['Generally reliable'], 'Reuters', 'Reuters is a news agency.')).toBe('wire');
    expect(perennialKind(['Generally reliable'], 'Kyodo', 'Kyodo is a wire service.')).toBe('wire');
    expect(perennialKind(['Generally reliable'], 'NPR (National Public Radio)', 'NPR is generally reliable.')).toBe('broadcaster');
    expect(perennialKind(['Generally reliable'], 'CNN', 'News broadcast or published by CNN is generally reliable.')).toBe('broadcaster');
    expect(perennialKind(['Generally reliable'], 'Wired', 'Wired magazine is considered generally reliable.')).toBe('magazine');
    // A listings magazine reliable "for television-related topics" is not a broadcaster.
    expect(perennialKind(['Generally reliable'], 'TV Guide', 'TV Guide is considered generally reliable for television-related topics.')).toBe('news');
    // Only generally reliable entries are refined; the rest stay news or unreliable.
    expect(perennialKind(['No consensus'], 'Anadolu Agency', 'Anadolu Agency is a news agency.')).toBe('news');
    expect(perennialKind(['Deprecated'], 'Press TV', 'Press TV is an Iranian television channel.')).toBe('unreliable');
  });

  it('uses the content-farm and satire signals the summaries give', () => {
    expect(perennialKind(['Blacklisted', 'Generally unreliable'], 'Advameg (City-Data)', 'Advameg operates content farms, including City-Data.')).toBe('content-farm');
    expect(perennialKind(['Generally unreliable'], 'The Onion', 'The Onion is a satirical news website.')).toBe('satire');
  });

  it('puts every status, the (trimmed) summary and the page in the record', () => {
    const summary = `There is no consensus on the reliability of Sixth Tone. ${'Editors discussed it at length. '.repeat(20)}`;
    const [noConsensus] = outletsOf([perennial('Sixth Tone (general topics)', ['No consensus'], ['www.sixthtone.com'], summary)]);
    expect(noConsensus).toMatchObject({ name: 'Sixth Tone', kind: 'news', domains: ['sixthtone.com'], evidence: ['https://en.wikipedia.org/wiki/Sixth_Tone'] });
    expect(noConsensus!.notes).toMatch(/^Wikipedia status \(general topics\): No consensus\. There is no consensus on the reliability of Sixth Tone\./);
    expect(noConsensus!.notes!.length).toBeLessThanOrEqual(340);
    expect(noConsensus!.notes).toMatch(/length\.$/);

    const [several] = outletsOf([perennial('Advameg (City-Data)', ['Blacklisted', 'Generally unreliable'], ['www.city-data.com'], 'Advameg operates content farms.')]);
    expect(several).toMatchObject({ kind: 'content-farm', aliases: ['City-Data'] });
    expect(several!.notes).toContain('Wikipedia status: Blacklisted, Generally unreliable.');
  });

  it('splits names into the name, aliases, a scope and a country', () => {
    expect(splitName('Agence France-Presse (AFP)')).toEqual({ name: 'Agence France-Presse', aliases: ['AFP'] });
    expect(splitName('Fox News (talk shows)')).toEqual({ name: 'Fox News', aliases: [], scope: 'talk shows' });
    expect(splitName('Daily Star (UK) (UK)')).toEqual({ name: 'Daily Star', aliases: [], country: 'GB' });
    expect(splitName('Blogger (blogspot.com)')).toEqual({ name: 'Blogger', aliases: ['blogspot.com'] });
    expect(splitName('The Register ("El Reg")')).toEqual({ name: 'The Register', aliases: ['El Reg'] });
  });
});

describe('domains', () => {
  it('reduces entries to lower-case hostnames and notes whether they named a page', () => {
    expect(cleanHost('www.afp.com/en')).toEqual({ host: 'afp.com', hasPath: true });
    expect(cleanHost('https://WWW.Example.COM:8080/x?y')).toEqual({ host: 'example.com', hasPath: true });
    expect(cleanHost('go.cnn.com/?stream=cnn')).toEqual({ host: 'go.cnn.com', hasPath: true });
    expect(cleanHost('//telesurtv.net')).toEqual({ host: 'telesurtv.net', hasPath: false });
    expect(cleanHost('TV.com')).toEqual({ host: 'tv.com', hasPath: false });
    expect(cleanHost('anews24.org/')).toEqual({ host: 'anews24.org', hasPath: false });
    expect(cleanHost('centerforsecuritypolicy.org/#articles')).toEqual({ host: 'centerforsecuritypolicy.org', hasPath: false });
    expect(cleanHost('silver-coin-investor. com')).toEqual({ host: 'silver-coin-investor.com', hasPath: false });
    expect(cleanHost('82.221.129.208')).toBeNull();
    expect(cleanHost('')).toBeNull();
  });

  it('lists a host once and not under its own parent', () => {
    expect(compactHosts(['cnn.com', 'go.cnn.com', 'cnn.com', 'edition.cnn.co'])).toEqual(['cnn.com', 'edition.cnn.co']);
  });

  it('keeps an entry’s own site and drops links about it', () => {
    // Catalogues, Wikidata, stock quotes and streaming pages sit next to the site listed bare.
    expect(
      entryHosts(['www.nasdaq.com/symbol/amzn', 'iw.toolforge.org/isin/?language=en', 'www.amazon.com', 'amazon.com', 'www.amazon.com/about']).map((h) => h.host),
    ).toEqual(['amazon.com']);
    expect(entryHosts(['www.wikidata.org/wiki/q192621#p856', 'www.telegraph.co.uk']).map((h) => h.host)).toEqual(['telegraph.co.uk']);
    // With only page URLs, their hosts are the site…
    expect(entryHosts(['www.afp.com/en'])).toEqual([{ host: 'afp.com', bare: false }]);
    // …except wiki pages, which are never the source's site.
    expect(entryHosts(['en.wiktionary.org/wiki/%e6%9d%a8'])).toEqual([]);
  });

  it('drops entries left without a domain, and says so', () => {
    const { list, dropped } = buildWikipediaList([
      perennial('The Grayzone', ['Deprecated'], []),
      perennial('News Break', ['Deprecated'], ['en.wiktionary.org/wiki/%e6%9d%a8']),
      perennial('The Canary', ['Wikipedia:Reliable sources/Noticeboard'], ['www.thecanary.co']),
    ]);
    expect(list.outlets).toEqual([]);
    expect(dropped.map((d) => d.reason)).toEqual([
      'no domain in the source',
      'no domain of its own among en.wiktionary.org/wiki/%e6%9d%a8',
      'no recognised status (Wikipedia:Reliable sources/Noticeboard)',
    ]);
  });
});

describe('one domain, one Wikipedia entry', () => {
  it('gives a domain to the entry listing it bare, not to the one reaching it through a path', () => {
    const { list, dropped } = buildWikipediaList([
      perennial('Forbes.com contributors', ['Generally unreliable'], ['www.forbes.com/sites'], 'Most content on Forbes.com is written by contributors.'),
      perennial('Forbes', ['Generally reliable'], ['www.forbes.com'], 'Forbes staff articles are generally reliable.'),
    ]);
    expect(list.outlets).toHaveLength(1);
    expect(list.outlets![0]).toMatchObject({ name: 'Forbes', kind: 'news', domains: ['forbes.com'] });
    expect(list.outlets![0]!.notes).toContain('Wikipedia rates Forbes.com contributors separately: Generally unreliable. Most content on Forbes.com is written by contributors.');
    expect(list.outlets![0]!.evidence).toEqual(['https://en.wikipedia.org/wiki/Forbes', 'https://en.wikipedia.org/wiki/Forbes.com_contributors']);
    expect(dropped).toEqual([{ entry: expect.stringMatching(/^Forbes\.com contributors \(row \d+\)$/), reason: expect.stringMatching(/^its domains belong to Forbes \(row \d+\)/) }]);
  });

  it('between equals, gives it to the entry listed first (the general one)', () => {
    const outlets = outletsOf([
      perennial('Fox News (news excluding politics and science)', ['Generally reliable'], ['www.foxnews.com/go', 'www.foxnews.com']),
      perennial('Fox News (talk shows)', ['Generally unreliable'], ['www.foxnews.com/go', 'www.foxnews.com'], 'Fox News talk shows should not be used for statements of fact.'),
    ]);
    expect(outlets).toHaveLength(1);
    expect(outlets[0]).toMatchObject({ name: 'Fox News', kind: 'news', domains: ['foxnews.com'] });
    expect(outlets[0]!.notes).toContain('Wikipedia rates Fox News (talk shows) separately: Generally unreliable.');
  });

  it('keeps an entry’s other domains and notes the one it lost', () => {
    const outlets = outletsOf([
      perennial('Daily Mail (MailOnline)', ['Deprecated'], ['www.dailymail.co.uk']),
      perennial('The Mail on Sunday', ['Deprecated'], ['www.dailymail.co.uk/mailonsunday', 'www.mailonsunday.co.uk/news']),
    ]);
    const sunday = outlets.find((o) => o.name === 'The Mail on Sunday');
    expect(sunday?.domains).toEqual(['mailonsunday.co.uk']);
    expect(sunday?.notes).toContain('dailymail.co.uk is left to Daily Mail, which Wikipedia rates separately.');
    expect(outlets.find((o) => o.name === 'Daily Mail')?.domains).toEqual(['dailymail.co.uk']);
  });
});

describe('ids', () => {
  it('are slugs, unique within a list, and the records come sorted by them', () => {
    const list = makeList(WIKIPEDIA_META, [
      { idFrom: 'Metro', outlet: { name: 'Metro', domains: ['metro.co.uk'], kind: 'news' } },
      { idFrom: 'Encyclopædia Iranica', outlet: { name: 'Encyclopædia Iranica', domains: ['iranicaonline.org'], kind: 'news' } },
      { idFrom: 'Metro', outlet: { name: 'Metro', domains: ['metro.us'], kind: 'news' } },
    ]);
    expect(list.outlets!.map((o) => [o.id, o.domains[0]])).toEqual([
      ['encyclopaedia-iranica', 'iranicaonline.org'],
      ['metro', 'metro.co.uk'],
      ['metro-2', 'metro.us'],
    ]);
  });

  it('trimmed notes end at a sentence, or at a word with an ellipsis', () => {
    expect(trimText('One sentence here. Another one follows.', 25)).toBe('One sentence here.');
    expect(trimText('The U.S. News rating is good. More.', 30)).toBe('The U.S. News rating is good.');
    expect(trimText('A single sentence that is far too long to keep whole', 20)).toBe('A single sentence…');
  });
});

const cred1 = (domain: string, category: string, more: Partial<Cred1Row> = {}): Cred1Row => ({
  domain,
  category,
  credibility_score: '0.12',
  sources: '1',
  iffy_factual: '',
  safe_browsing_flagged: '',
  ...more,
});

describe('CRED-1', () => {
  it('lists satire as satire and fake, conspiracy, rumor and unreliable as unreliable', () => {
    expect(['satire', 'fake', 'conspiracy', 'rumor', 'unreliable'].map(cred1Kind)).toEqual(['satire', 'unreliable', 'unreliable', 'unreliable', 'unreliable']);
  });

  it('leaves out mixed and reliable, and sections of sites', () => {
    const { list, dropped, leftOut } = buildCred1List([
      cred1('cato.org', 'mixed'),
      cred1('christianpost.com', 'reliable'),
      cred1('newyorker.com/humor', 'satire'),
      cred1('82.221.129.208', 'conspiracy'),
      cred1('theonion.com', 'satire'),
    ]);
    expect(list.outlets!.map((o) => o.domains[0])).toEqual(['theonion.com']);
    expect(leftOut).toEqual({ 'category mixed': 1, 'category reliable': 1 });
    expect(dropped).toEqual([
      { entry: 'newyorker.com/humor', reason: 'rates a section of newyorker.com, not the whole site' },
      { entry: '82.221.129.208', reason: 'not a domain name' },
    ]);
  });

  it('says where each label comes from', () => {
    const { list } = buildCred1List([
      cred1('infowars.com', 'fake', { credibility_score: '0.14', sources: '2', iffy_factual: 'VL' }),
      cred1('abcnews.com.co', 'fake', { credibility_score: '0.05', safe_browsing_flagged: 'True' }),
      cred1('10news.one', 'unreliable', { credibility_score: '0.09', iffy_factual: 'L' }),
    ]);
    expect(Object.fromEntries(list.outlets!.map((o) => [o.id, [o.name, o.kind, o.notes]]))).toEqual({
      'infowars-com': ['infowars.com', 'unreliable', 'CRED-1 category: fake; credibility score 0.14; sources: OpenSources.co and Iffy.news (MBFC factual reporting: VL).'],
      'abcnews-com-co': ['abcnews.com.co', 'unreliable', 'CRED-1 category: fake; credibility score 0.05; sources: OpenSources.co; flagged by Google Safe Browsing.'],
      '10news-one': ['10news.one', 'unreliable', 'CRED-1 category: unreliable; credibility score 0.09; sources: Iffy.news (MBFC factual reporting: L).'],
    });
  });
});

const idiap = (domain: string, reliability_label: string, label_source = 'mbfc', newsguard_score = ''): IdiapRow => ({ domain, reliability_label, newsguard_score, label_source });

describe('Idiap news media reliability', () => {
  it('lists labels -1 and -2 as unreliable, with the label and its source', () => {
    const { list, dropped, leftOut } = buildIdiapList([
      idiap('reuters.com', '1'),
      idiap('24ur.com', '0'),
      idiap('TV.com', '-1', 'wikipedia'),
      idiap('infowars.net', '-2', 'wikipedia'),
      idiap('palmerreport.com', '-1', 'newsguard', '25.0'),
      idiap('', '-1'),
    ]);
    expect(list.outlets!.map((o) => [o.id, o.kind, o.notes])).toEqual([
      ['infowars-net', 'unreliable', 'Idiap reliability label -2 (blacklisted on Wikipedia); label_source: wikipedia (Wikipedia perennial sources).'],
      ['palmerreport-com', 'unreliable', 'Idiap reliability label -1 (unreliable); label_source: newsguard (NewsGuard); NewsGuard score 25.0.'],
      ['tv-com', 'unreliable', 'Idiap reliability label -1 (unreliable); label_source: wikipedia (Wikipedia perennial sources).'],
    ]);
    expect(leftOut).toEqual({ 'label 1 (reliable)': 1, 'label 0 (mixed)': 1 });
    expect(dropped).toEqual([{ entry: '(empty domain, label -1 from mbfc)', reason: 'not a domain name' }]);
  });
});

describe('the generated files', () => {
  const committed = (path: string) => readFileSync(join(ROOT, 'public', path), 'utf8');

  it('each validates as a sourcecheck.sources/1 list with its source’s metadata', () => {
    for (const source of LIST_SOURCES) {
      const list = validateList(JSON.parse(committed(listPath(source.id))), source.id);
      expect(list.outlets!.length, source.id).toBeGreaterThan(0);
      for (const field of ['name', 'description', 'license', 'homepage', 'version', 'updated'] as const) expect(list[field], `${source.id} ${field}`).toBeTruthy();
    }
  });

  it('the manifest names the starter list first, then the generated lists', () => {
    expect(JSON.parse(committed('lists/bundled.json'))).toEqual(bundledManifest());
    expect(bundledManifest().lists.map((l) => l.path)).toEqual([
      'lists/starter.json',
      'lists/wikipedia-perennial-sources.json',
      'lists/cred-1.json',
      'lists/idiap-news-media-reliability.json',
    ]);
  });

  it('rebuilding from the corpora gives exactly the committed files', (ctx) => {
    ctx.skip(!existsSync(CORPORA), `outlet corpora not found at ${CORPORA}; set OUTLET_CORPORA to check the committed lists against them`);
    for (const source of LIST_SOURCES) {
      const { list } = buildFromCsv(source, readFileSync(join(CORPORA, source.csv), 'utf8'));
      expect(renderJson(list) === committed(listPath(source.id)), `${listPath(source.id)} is out of date: run npm run build:lists`).toBe(true);
    }
  });
});
