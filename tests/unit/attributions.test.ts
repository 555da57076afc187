/**
 * Who said what, form by form: each paragraph list is read in order, and the quotation or
 * reported words named by `fragment` must be given to `speaker` (null: an unnamed source).
 * Names, outlets and wording are invented here, not taken from any fixture or seed.
 */
import { describe, expect, it } from 'vitest';
import { findAttributions, type AttributionCandidate } from '../../utils/analysis/attributions';

type Case = { form: string; paragraphs: string[]; fragment: string; speaker: string | null; role?: string; affiliation?: string };

const body = (paragraphs: string[]) => paragraphs.map((text) => ({ kind: 'body', text }));

function attributionOf(found: AttributionCandidate[], fragment: string): AttributionCandidate | undefined {
  return found.find((a) => a.quote?.includes(fragment)) ?? found.find((a) => a.excerpt.includes(fragment));
}

const CASES: Case[] = [
  { form: '"…," said X', paragraphs: ['"The pumps will be running by spring," said Odile Fernsby, a hydrologist at the Tamsin Water Board.'], fragment: 'pumps will be running', speaker: 'Odile Fernsby', role: 'hydrologist', affiliation: 'Tamsin Water Board' },
  { form: 'X said: "…"', paragraphs: ['Odile Fernsby said: "We have never seen the aquifer this low."'], fragment: 'aquifer this low', speaker: 'Odile Fernsby' },
  { form: '"…," X told Reuters', paragraphs: ['“We were not consulted,” Ravi Castellane told Reuters.'], fragment: 'not consulted', speaker: 'Ravi Castellane' },
  { form: '"…," X said in a statement', paragraphs: ['“The recall covers every unit sold since March,” Halvard Ostrem said in a statement on Friday.'], fragment: 'recall covers', speaker: 'Halvard Ostrem' },
  { form: 'X wrote that "…"', paragraphs: ['In a memo to staff, Priya Delacroix-Wu wrote that "the merger will not cost a single job."'], fragment: 'merger will not cost', speaker: 'Priya Delacroix-Wu' },
  { form: 'quote split around its attribution', paragraphs: ['“The bridge is safe,” said Marta Kolvenbach, “but it will not stay safe without money.”'], fragment: 'will not stay safe', speaker: 'Marta Kolvenbach' },
  {
    form: 'quote running over two paragraphs',
    paragraphs: ['“We lost the east wing in an hour,” said Teodor Vasquez-Lind, the building manager. “The sprinklers never started.', '“By the time the trucks came, the roof was gone.”'],
    fragment: 'roof was gone',
    speaker: 'Teodor Vasquez-Lind',
  },
  { form: 'single quotes', paragraphs: ["'It was the wettest week on record,' said Imogen Thackeray, a forecaster."], fragment: 'wettest week on record', speaker: 'Imogen Thackeray' },
  { form: 'guillemets, inverted verb', paragraphs: ['« Nous manquons de lits », a déclaré Solène Arnaudet, directrice de l’hôpital.'], fragment: 'Nous manquons de lits', speaker: 'Solène Arnaudet' },
  { form: 'colon-introduced quote after another verb', paragraphs: ['Bram Oosterhuis summed up the season: “Too hot, too dry, too early.”'], fragment: 'Too hot, too dry', speaker: 'Bram Oosterhuis' },
  { form: 'reported speech, X said (that)', paragraphs: ['Gwendolyn Achterberg said that the depot would close by June.'], fragment: 'depot would close', speaker: 'Gwendolyn Achterberg' },
  { form: 'according to X', paragraphs: ['Fares will rise by a fifth, according to Lucan Merriweather, the authority’s finance chief.'], fragment: 'Fares will rise', speaker: 'Lucan Merriweather' },
  { form: 'per X', paragraphs: ['The vote was postponed twice, per Councilmember Dalia Okonjo.'], fragment: 'vote was postponed', speaker: 'Dalia Okonjo' },
  { form: 'she added, resolved to the last woman named', paragraphs: ['“The pier is closed,” said Fenna Hollisdottir.', '“It will reopen in May,” she added.'], fragment: 'reopen in May', speaker: 'Fenna Hollisdottir' },
  { form: 'surname alone, named in full earlier', paragraphs: ['Joaquim Okafor-Brandt, the port’s director, met the unions on Monday.', '“Nobody will lose pay,” Okafor-Brandt said.'], fragment: 'Nobody will lose pay', speaker: 'Joaquim Okafor-Brandt' },
  { form: 'surname named first, full name later', paragraphs: ['“We need ten more drivers,” Mr Pellegrew said.', 'Ansel Pellegrew, who runs the depot, has asked the council for funds.'], fragment: 'ten more drivers', speaker: 'Ansel Pellegrew' },
  { form: 'a senior official', paragraphs: ['A senior official said the talks had stalled over inspections.'], fragment: 'talks had stalled', speaker: null },
  { form: 'spokesperson who declined to be named', paragraphs: ['A spokesperson who declined to be named said the ministry would appeal.'], fragment: 'ministry would appeal', speaker: null },
  { form: 'people familiar with', paragraphs: ['The deal is worth about $2 billion, people familiar with the matter said.'], fragment: 'deal is worth', speaker: null },
  { form: 'experts say', paragraphs: ['Experts say the dam was never designed for such floods.'], fragment: 'dam was never designed', speaker: null },
  { form: 'studies show', paragraphs: ['Studies show that night shifts raise the risk of accidents.'], fragment: 'night shifts raise', speaker: null },
  { form: "Y's chief executive, X", paragraphs: ['Norvane’s chief executive, Ilse Brandvold, said the plant would stay open.'], fragment: 'plant would stay open', speaker: 'Ilse Brandvold' },
  { form: 'title before the name', paragraphs: ['Councilmember Ottoline Reyes-Barr said the budget left parks unfunded.'], fragment: 'parks unfunded', speaker: 'Ottoline Reyes-Barr' },
  { form: 'role then name in apposition', paragraphs: ['The head of the dockworkers’ union, Casimir Lutkens, said the strike would go on.'], fragment: 'strike would go on', speaker: 'Casimir Lutkens' },
  { form: 'relation then name', paragraphs: ['“She loved that lake,” her brother, Aurelio Santangelo, said.'], fragment: 'loved that lake', speaker: 'Aurelio Santangelo' },
  { form: 'a named body with a lowercase noun', paragraphs: ['Glenmoor police said the road would stay closed overnight.'], fragment: 'road would stay closed', speaker: 'Glenmoor police' },
  { form: 'it said, for the body named before', paragraphs: ['The Harwell Transit Authority said the line would reopen on Monday.', 'It said the cause of the fault was still unknown.'], fragment: 'cause of the fault', speaker: 'Harwell Transit Authority' },
  { form: 'two clauses, two speakers', paragraphs: ['To cut costs, the officials said, the district closed two schools, “which hurt the kids most,” Ms. Varga-Holm said.'], fragment: 'hurt the kids most', speaker: 'Varga-Holm' },
  { form: 'the reported clause of the first of two', paragraphs: ['To cut costs, the officials said, the district closed two schools, “which hurt the kids most,” Ms. Varga-Holm said.'], fragment: 'district closed two schools', speaker: null },
  {
    form: 'a paragraph opening on a quotation continues the quoted speaker before it',
    paragraphs: ['“The samples were clean,” explains Dr. Marisol Quenneville.', '“We ran every test twice, on two machines.” That rule was hers.'],
    fragment: 'ran every test twice',
    speaker: 'Marisol Quenneville',
  },
  { form: 'a verb of saying is not a role word before a name', paragraphs: ['There, Ostrowski claims that Pellerin filed the patent in 2009 and told none of the partners.'], fragment: 'filed the patent', speaker: 'Ostrowski' },
  { form: 'Czech, verb and reflexive before the speaker', paragraphs: ['„Nemocnice nemá dost lůžek,“ přidává se Radovan Kubelík, bývalý ředitel.'], fragment: 'dost lůžek', speaker: 'Radovan Kubelík' },
  { form: 'an acronym the page spells out', paragraphs: ['The Harwell Water Institute runs the survey.', 'The HWI said the aquifer had fallen by a metre.'], fragment: 'aquifer had fallen', speaker: 'Harwell Water Institute' },
  { form: 'a subject and verb inside the reported words are not a speaker', paragraphs: ['Zeng Yi spoke first.', 'China explicitly emphasizes a people-centred approach in the plan, Zeng added.'], fragment: 'people-centred approach', speaker: 'Zeng Yi' },
  { form: 'an -ly adverb before the verb', paragraphs: ['Dagny Sollers has consistently argued that the levy is unfair.'], fragment: 'levy is unfair', speaker: 'Dagny Sollers' },
  { form: 'a name, its role, a colon', paragraphs: ['Odile Fernsby, senior analyst at the research firm Tallgrass, shared her view: “The market is overheated.”'], fragment: 'market is overheated', speaker: 'Odile Fernsby' },
  { form: "an owner's possessive before a surname", paragraphs: ['According to Tallgrass’s Fernsby, “prices will fall by spring.”'], fragment: 'prices will fall', speaker: 'Fernsby', affiliation: 'Tallgrass' },
  { form: 'a speaker right after a quotation inside the sentence', paragraphs: ['Ravi Castellane runs the depot.', 'The closure is “a mistake we will pay for,” Castellane said.'], fragment: 'mistake we will pay for', speaker: 'Ravi Castellane' },
  { form: 'a block quotation after its introduction', paragraphs: ['Ines Haverkamp wrote on her blog that the bug was easy to find.'], fragment: 'easy to find', speaker: 'Ines Haverkamp' },
];

describe('attributions: every common news form', () => {
  for (const c of CASES) {
    it(c.form, () => {
      const found = attributionOf(findAttributions(body(c.paragraphs)), c.fragment);
      expect(found, `no attribution for "${c.fragment}"`).toBeDefined();
      if (c.speaker === null) expect(found!.anonymous).toBe(true);
      else expect(found!.speaker).toContain(c.speaker);
      if (c.role) expect(found!.statedRole).toBe(c.role);
      if (c.affiliation) expect(found!.statedAffiliation).toBe(c.affiliation);
    });
  }

  it('a block quotation belongs to the speaker of the paragraph before it', () => {
    const found = findAttributions([
      { kind: 'body', text: 'Ines Haverkamp, who found the flaw, said she had warned the vendor twice.' },
      { kind: 'quote', text: 'The parser trusts the length field, so a short packet can make it read past the buffer.' },
    ]);
    expect(attributionOf(found, 'parser trusts the length')?.speaker).toBe('Ines Haverkamp');
  });

  it('a paragraph of the writer ending in a colon ends a list of what someone said', () => {
    const found = findAttributions(body(['In the interview, Ines Haverkamp also said:', 'The pumps are old.', 'This is true. Here are the sites that agree:', 'Tallgrass Daily', 'The Harbour Post']));
    expect(attributionOf(found, 'pumps are old')?.speaker).toBe('Ines Haverkamp');
    expect(attributionOf(found, 'Tallgrass Daily')).toBeUndefined();
    expect(attributionOf(found, 'sites that agree')).toBeUndefined();
  });

  it('an embedded post is its author\'s, by its signature or its leading handle', () => {
    const found = findAttributions([
      { kind: 'body', text: 'Ines Haverkamp said the bridge would reopen.' },
      { kind: 'quote', text: 'The bridge is closed again tonight. — Odile Fernsby (@ofernsby) May 1, 2026' },
      { kind: 'quote', text: '@harbourwatch: Ferries are running every hour.' },
    ]);
    expect(attributionOf(found, 'bridge is closed again')?.speaker).toBe('Odile Fernsby');
    expect(attributionOf(found, 'Ferries are running')?.speaker).toBe('harbourwatch');
  });

  it('names no speaker where there is none', () => {
    const cases = [
      'The committee called for China and Russia to match the pledge.',
      'Several urged the board to delay the vote.',
      'Independent engineers welcomed the plan but questioned its cost.',
      '‘Unprecedented’ strandings',
    ];
    for (const text of cases) {
      for (const a of findAttributions(body(['“The pier is closed,” said Fenna Hollisdottir.', text]))) {
        if (a.excerpt === text) expect(a.speaker === null || !/^(?:China|Several|Independent|Fenna)/.test(a.speaker), `${text} → ${a.speaker}`).toBe(true);
      }
    }
  });

  it('a quotation inside a sentence that tells someone is not the listener’s', () => {
    const found = findAttributions(body(['The ministers fled to the compound, the source, who said he had spoken to people inside, told Reuters.']));
    expect(found.some((a) => a.speaker === 'Reuters')).toBe(false);
    expect(found[0]?.anonymous).toBe(true);
  });
});
