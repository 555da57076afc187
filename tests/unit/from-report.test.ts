import { describe, expect, it } from 'vitest';
import { outletRecord, speakerRecord } from '../../utils/db/from-report';
import { recordSchemas } from '../../utils/db/stored-rows';
import type { Attribution } from '../../utils/report';

const base: Attribution = { speaker: 'Marisol Quenneville', anonymous: false, status: 'unknown', excerpt: '…' };

describe('records saved from a report into My sources', () => {
  it('a person keeps the role and affiliation the page states, and validates as a list record', () => {
    const found = speakerRecord({ ...base, statedRole: 'hydrologist', statedAffiliation: 'Tamsin Water Board' });
    expect(found).toEqual({
      kind: 'people',
      record: { id: 'marisol-quenneville', name: 'Marisol Quenneville', affiliations: [{ organization: 'Tamsin Water Board', title: 'hydrologist' }] },
    });
    expect(recordSchemas.people.safeParse(found!.record).success).toBe(true);
  });

  it('an organisation speaker becomes an organisation; an unnamed source becomes nothing', () => {
    expect(speakerRecord({ ...base, speaker: 'Harwell Transit Authority', organization: true })?.kind).toBe('organizations');
    expect(speakerRecord({ ...base, speaker: null, anonymous: true, descriptor: 'a senior official' })).toBeNull();
  });

  it('an outlet is the domain being read, under the site name when there is one', () => {
    expect(outletRecord('tidewaterpost.example', 'Tidewater Post', 'news')).toEqual({ id: 'tidewaterpost-example', name: 'Tidewater Post', domains: ['tidewaterpost.example'], kind: 'news' });
    expect(outletRecord('tidewaterpost.example', undefined, 'blog').name).toBe('tidewaterpost.example');
    expect(recordSchemas.outlets.safeParse(outletRecord('tidewaterpost.example', ' ', 'blog')).success).toBe(true);
  });
});
