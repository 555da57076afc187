import { afterEach, describe, expect, it } from 'vitest';
import { CsvParseError, parseCsv, proposeMapping, rowsToList } from '../../utils/db/csv-import';
import { importList, validateList } from '../../utils/db/import-list';
import type { SourcecheckDB } from '../../utils/db/schema';
import { openNodeDb } from '../../scripts/lib/node-db';

let db: SourcecheckDB | undefined;
afterEach(() => db?.close());

function outletsFrom(csv: string) {
  const { headers, rows } = parseCsv(csv);
  return rowsToList('outlets', rows, proposeMapping('outlets', headers), { listName: 'Desk sheet' });
}

describe('parseCsv', () => {
  it('reads quoted commas and line breaks, drops a byte order mark, skips blank lines but counts them', () => {
    const table = parseCsv('\uFEFFName,Website,Type\r\n"Smith, Jones & Co",smithjones.example,news\r\n\r\n  ,\r\n"Harbor\nLedger",harborledger.example,news\r\n');
    expect(table.headers).toEqual(['Name', 'Website', 'Type']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Smith, Jones & Co', 'smithjones.example', 'news'] },
      { row: 5, cells: ['Harbor\nLedger', 'harborledger.example', 'news'] },
    ]);
  });

  it('reads semicolon-separated files and files of one column', () => {
    expect(parseCsv('name;domain\nReuters;reuters.com\n').rows).toEqual([{ row: 2, cells: ['Reuters', 'reuters.com'] }]);
    expect(parseCsv('domain\nreuters.com\n')).toEqual({ headers: ['domain'], rows: [{ row: 2, cells: ['reuters.com'] }] });
  });

  it('refuses a broken file with the row, and an empty one', () => {
    expect(() => parseCsv('name,domain\nReuters,reuters.com\n"Broken,broken.example\n')).toThrow(/^The CSV file was not read: row 3: Quoted field unterminated/);
    expect(() => parseCsv('\n\n')).toThrow(new CsvParseError(['the file has no header row']));
  });
});

describe('proposeMapping', () => {
  it('guesses outlet columns from their headers', () => {
    expect(proposeMapping('outlets', ['Outlet', 'Website URL', 'Category', 'Country', 'Also known as', 'Comments'])).toEqual({ name: 0, domains: 1, kind: 2, country: 3, aliases: 4, notes: 5 });
    expect(proposeMapping('outlets', ['url', 'name', 'kind', 'colour'])).toEqual({ name: 1, domains: 0, kind: 2 });
  });

  it('guesses people columns, an outlet being an affiliation there', () => {
    expect(proposeMapping('people', ['Full name', 'Employer', 'Role', 'Aliases'])).toEqual({ name: 0, organization: 1, title: 2, aliases: 3 });
    expect(proposeMapping('people', ['Name', 'Outlet name', 'Job title'])).toEqual({ name: 0, organization: 1, title: 2 });
    expect(proposeMapping('people', ['person', 'organisation', 'title'])).toEqual({ name: 0, organization: 1, title: 2 });
  });
});

describe('rowsToList', () => {
  it('makes a valid list: ids from names, domains from URLs, kinds as spreadsheets spell them', async () => {
    const { list, rejected } = outletsFrom(
      [
        'name,website,type,aliases',
        'Reuters,https://www.Reuters.com/world/,wire,Thomson Reuters | Reuters News',
        '"Smith, Jones & Co","smithjones.example; www.smithjones.co.uk",News,',
        'Reuters,reuters.co.uk,wire,',
        ',stateside.example,State media,',
      ].join('\n'),
    );
    expect(rejected).toEqual([]);
    expect(list).toEqual({
      format: 'sourcecheck.sources/1',
      name: 'Desk sheet',
      outlets: [
        { id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters News'], domains: ['reuters.com'], kind: 'wire' },
        { id: 'smith-jones-co', name: 'Smith, Jones & Co', domains: ['smithjones.example', 'smithjones.co.uk'], kind: 'news' },
        { id: 'reuters-2', name: 'Reuters', domains: ['reuters.co.uk'], kind: 'wire' },
        { id: 'stateside-example', name: 'stateside.example', domains: ['stateside.example'], kind: 'state-media' },
      ],
    });
    expect(validateList(list)).toEqual(list);
    db = openNodeDb();
    expect((await importList(db, list, 'file')).counts.outlets).toBe(4);
  });

  it('sets aside rows that fail, with the row number, the field and why', () => {
    const { list, rejected } = outletsFrom(
      ['name,domain,kind', 'Good,good.example,news', '', 'Tabloid Co,tabloid.example,tabloid', 'Nowhere,not a domain,news', 'No kind,nokind.example,', 'No domain,,news', 'Suffix,co.uk,news'].join('\n'),
    );
    expect(list.outlets?.map((o) => o.id)).toEqual(['good']);
    expect(rejected.map(({ row, field }) => [row, field])).toEqual([
      [4, 'kind'],
      [5, 'domains'],
      [6, 'kind'],
      [7, 'domains'],
      [8, 'domains'],
    ]);
    expect(rejected[0]!.reason).toBe(`"tabloid" is not an outlet kind; allowed: news, wire, broadcaster, magazine, fact-checker, state-media, government, academic, blog, aggregator, content-farm, satire, unreliable`);
    expect(rejected[0]!.message).toMatch(/^List "Desk sheet", CSV row 4, field kind: "tabloid" is not an outlet kind; allowed: news, wire/);
    expect(rejected[1]!.reason).toBe('"not" is not a domain or web address');
    expect(rejected[2]!.reason).toMatch(/^no kind given; allowed: news/);
    expect(rejected[3]!.reason).toBe('no domain given');
  });

  it('keeps ids from an id column and sets aside a duplicate', () => {
    const { list, rejected } = outletsFrom(['id,name,domain,kind', 'ldg,Harbor Ledger,harborledger.example,news', 'ldg,Other Ledger,otherledger.example,news'].join('\n'));
    expect(list.outlets?.map((o) => o.id)).toEqual(['ldg']);
    expect(rejected).toEqual([expect.objectContaining({ row: 3, field: 'id', reason: 'duplicate id "ldg" (row 2 has it)' })]);
  });

  it('makes people with one affiliation each', () => {
    const { headers, rows } = parseCsv(['Name,Employer,Role,Aliases,Evidence', 'Jane Okafor,Center for Grid Resilience,director,J. Okafor;Jane O.,https://desk.example/jo', 'Ines Calloway,,,,', 'Nobody Known,,reporter,,', 'Bad Link,Ledger,,,not a url'].join('\n'));
    const { list, rejected } = rowsToList('people', rows, proposeMapping('people', headers), { listName: 'People sheet' });
    expect(list.people).toEqual([
      { id: 'jane-okafor', name: 'Jane Okafor', aliases: ['J. Okafor', 'Jane O.'], affiliations: [{ organization: 'Center for Grid Resilience', title: 'director' }], evidence: ['https://desk.example/jo'] },
      { id: 'ines-calloway', name: 'Ines Calloway' },
    ]);
    expect(rejected.map(({ row, field, reason }) => [row, field, reason])).toEqual([
      [4, 'organization', 'a title ("reporter") without an organization'],
      [5, 'evidence', 'Invalid URL'],
    ]);
  });

  it('follows a mapping the user changed, and skips rows blank in every mapped column', () => {
    const { headers, rows } = parseCsv('Label,Link,Notes\nLedger,harborledger.example,daily\n,,ignored\n');
    expect(headers).toEqual(['Label', 'Link', 'Notes']);
    const { list, rejected } = rowsToList('outlets', rows, { name: 0, domains: 1 }, { listName: 'Mapped' });
    expect(rejected).toEqual([expect.objectContaining({ row: 2, field: 'kind' })]);
    expect(list.outlets).toEqual([]);
    const fixed = rowsToList('outlets', rows.map((r) => ({ ...r, cells: [...r.cells, 'blog'] })), { name: 0, domains: 1, kind: 3 }, { listName: 'Mapped' });
    expect(fixed.list.outlets).toEqual([{ id: 'ledger', name: 'Ledger', domains: ['harborledger.example'], kind: 'blog' }]);
  });
});
