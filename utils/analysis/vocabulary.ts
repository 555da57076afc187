/**
 * Word classes the English attribution rules are built from. They name grammatical roles
 * (verbs of saying, nouns for unnamed sources, titles), not phrases from any one article.
 */

/** Verbs that attribute speech, writing or a stated view to a subject. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'note', 'stated', 'states',
  'explained', 'explains', 'argued', 'argues', 'argue', 'warned', 'warns', 'warn', 'wrote', 'writes', 'write',
  'asserted', 'asserts', 'assert', 'claimed', 'claims', 'claim', 'emphasized', 'emphasised', 'emphasizes',
  'emphasises', 'emphasize', 'emphasise', 'stressed', 'stresses', 'stress', 'acknowledged', 'acknowledges',
  'acknowledge', 'insisted', 'insists', 'insist', 'continued', 'cautioned', 'cautions', 'caution', 'believes',
  'believe', 'expects', 'expect', 'suggested', 'suggests', 'suggest', 'observed', 'observes', 'pointed out',
  'points out', 'point out', 'point to', 'points to', 'pointed to', 'remarked', 'recalled', 'announced',
  'announces', 'confirmed', 'confirms', 'denied', 'denies', 'predicted', 'predicts', 'predict', 'concluded',
  'contended', 'contends', 'contend', 'maintained', 'maintains', 'maintain', 'highlighted', 'highlight',
  'called for', 'calls for', 'call for', 'called on', 'urged', 'urges', 'urge', 'replied', 'responded',
  'admitted', 'admits', 'conceded', 'concedes', 'countered', 'testified', 'tweeted', 'posted', 'commented',
  'estimated', 'estimates', 'estimate', 'reports', 'fear', 'fears', 'feared', 'worry', 'worries', 'raise concerns',
  'raised concerns', 'voiced concern', 'cited', 'described', 'describes', 'recounted', 'reported', 'report',
  'found', 'find', 'show', 'shows', 'showed', 'think', 'thinks', 'accused', 'accuses', 'reaffirmed', 'reiterated', 'pleaded',
  'appealed', 'issued a plea', 'issued a statement', 'issued a warning', 'expressed concern', 'complained',
  'questioned', 'agreed', 'disputed', 'demanded', 'vowed', 'promised', 'revealed', 'disclosed', 'alleged',
  'alleges', 'is concerned', 'are concerned', 'was concerned', 'were concerned', 'is adamant', 'are adamant',
  'is confident', 'are confident', 'is worried', 'are worried', 'speculated', 'boasted', 'joked', 'quipped', 'lamented', 'conceded', 'recommended', 'advised',
  'called', 'asked that', 'requested that', 'recommends', 'recommend', 'advises', 'advise', 'elaborated', 'elaborates', 'promises',
  // Spanish, French, Italian, Portuguese and German verbs of saying, for the same sentence shapes.
  'dijo', 'afirmó', 'explicó', 'señaló', 'aseguró', 'indicó', 'añadió', 'declaró', 'advirtió', 'sostuvo',
  'reconoció', 'criticó', 'ha dicho', 'ha explicado', 'ha afirmado', 'ha señalado', 'ha asegurado', 'explica',
  'afirma', 'asegura', 'añade', 'señala', 'advierte', 'sostiene', 'apunta', 'dice',
  'a déclaré', 'a affirmé', 'a expliqué', 'a indiqué', 'a ajouté', 'a estimé', 'a précisé', 'a souligné',
  'a assuré', 'a reconnu', 'a annoncé', 'a dit', 'a confié', 'a averti', 'a jugé', 'explique', 'affirme',
  'estime', 'déclare', 'souligne', 'ajoute', 'précise', 'assure', 'résume', 'indique', 'reconnaît', 'confie',
  'raconte', 'observe', 'prévient', 'juge', 'dit', 'insiste',
  'ha detto', 'ha spiegato', 'ha ammesso', 'ha precisato', 'ha annunciato', 'ha aggiunto', 'ha dichiarato',
  'ha sottolineato', 'ha affermato', 'ha osservato', 'ha raccontato', 'spiega', 'afferma', 'aggiunge',
  'sottolinea', 'racconta', 'osserva', 'precisa', 'ammette', 'dichiara', 'avverte',
  'disse', 'afirmou', 'explicou', 'declarou', 'acrescentou', 'ressaltou', 'destacou', 'reconheceu', 'admitiu',
  'contou', 'garantiu', 'avaliou', 'diz', 'acrescenta', 'ressalta', 'destaca', 'avalia',
  'falou', 'fala', 'comentou', 'lembrou', 'completou', 'opinou', 'avisou', 'comentó', 'recordó', 'agregó',
  'subrayó', 'insistió', 'a poursuivi', 'poursuit', 'rappelle', 'a rappelé', 'commente', 'a commenté', 'regrette',
  'a regretté', 'ha commentato', 'commenta', 'ricorda', 'ha ricordato', 'conclude',
  'sagte', 'erklärte', 'betonte', 'fügte hinzu', 'warnte', 'sagt', 'erklärt', 'betont', 'meint', 'warnt',
  // Czech, present and past (masculine and feminine): "„…,“ řekl Novák", "přirovnává Heskey".
  'řekl', 'řekla', 'říká', 'uvedl', 'uvedla', 'uvádí', 'dodal', 'dodala', 'dodává', 'napsal', 'napsala', 'píše',
  'prohlásil', 'prohlásila', 'tvrdí', 'tvrdil', 'tvrdila', 'míní', 'vysvětlil', 'vysvětlila', 'vysvětluje',
  'zdůraznil', 'zdůraznila', 'zdůrazňuje', 'upozornil', 'upozornila', 'upozorňuje', 'poznamenal', 'poznamenala',
  'konstatoval', 'konstatovala', 'sdělil', 'sdělila', 'podotkl', 'podotkla', 'přirovnává', 'hodnotí', 'přidává',
  'svěřil', 'svěřila', 'varoval', 'varovala',
] as const;

/** Participles that hang a statement on the sentence's subject: "Yoon apologised, saying …". */
export const PARTICIPLES = [
  'saying', 'adding', 'noting', 'telling', 'arguing', 'warning', 'insisting', 'explaining', 'stressing',
  'claiming', 'calling', 'describing', 'asserting', 'acknowledging', 'conceding', 'declaring', 'writing',
];

/** Relations that describe a person by someone named: "her mother", "the victim's brother". */
export const KIN_NOUNS = [
  'mother', 'father', 'parents', 'son', 'daughter', 'sister', 'brother', 'wife', 'husband', 'partner', 'widow',
  'widower', 'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'niece',
  'nephew', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'friend', 'neighbour', 'neighbor', 'colleague',
  'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'agent', 'manager', 'publicist', 'family',
  'doctor', 'coach', 'teacher', 'representative',
];

/** Head nouns of a body that may follow its name in lowercase: "West Mercia police". */
export const BODY_NOUNS = [
  'police', 'government', 'ministry', 'department', 'agency', 'court', 'military', 'army', 'navy', 'council',
  'administration', 'embassy', 'authority', 'company', 'firm', 'club', 'campaign', 'union', 'regulator',
  'utility', 'hospital', 'prosecutor’s office', "prosecutor's office", 'team', 'group', 'party', 'airline',
  'bank', 'charity', 'commission', 'committee', 'office', 'service', 'school district', 'district', 'board',
];

/** Nouns that name something said: "his vow that …", "the minister’s claim that …". */
export const STATEMENT_NOUNS = [
  'vow', 'pledge', 'promise', 'claim', 'claims', 'declaration', 'warning', 'statement', 'assertion', 'insistence',
  'argument', 'announcement', 'admission', 'assurance', 'suggestion', 'prediction', 'allegation', 'contention',
];

/** Documents that speak for their authors: "the report found", "the study concluded". */
export const DOCUMENT_NOUNS = ['report', 'study', 'survey', 'poll', 'analysis', 'paper', 'review', 'audit', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'letter'];

/** Auxiliaries and adverbs that may stand between a speaker and the verb. */
export const VERB_PREFIXES = ['has', 'have', 'had', 'also', 'already', 'again', 'later', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately', 'separately', 'further', 'often', 'once', 'then', 'now', 'still', 'however', 'too'];

/** Head nouns of unnamed sources: "a senior official", "experts", "people familiar with". */
export const ANONYMOUS_NOUNS = [
  'official', 'officials', 'spokesperson', 'spokespeople', 'spokesman', 'spokeswoman', 'source', 'sources',
  'expert', 'experts', 'analyst', 'analysts', 'critic', 'critics', 'observer', 'observers', 'insider',
  'insiders', 'people', 'person', 'researchers', 'scientists', 'economists', 'diplomat', 'diplomats', 'aide',
  'aides', 'proponents', 'supporters', 'opponents', 'advocates', 'witnesses', 'residents', 'studies', 'study',
  'reports', 'surveys', 'authorities', 'leaders', 'lawmakers', 'investigators', 'employees', 'staffers',
  'executives', 'someone', 'statistics', 'data', 'research', 'polls', 'commentators', 'skeptics', 'sceptics',
  'activists', 'academics', 'scholars', 'specialists', 'figures', 'estimates', 'engineers', 'doctors',
  'physicians', 'nurses', 'teachers', 'parents', 'students', 'workers', 'farmers', 'officers', 'members',
  'voters', 'users', 'customers', 'locals', 'neighbours', 'neighbors', 'owners', 'prosecutors', 'regulators',
  'organizers', 'organisers', 'participants', 'protesters', 'demonstrators', 'campaigners', 'historians',
  'epidemiologists', 'physicists', 'biologists', 'researcher', 'scientist',
  'observers', 'fans', 'players', 'commuters', 'shoppers', 'consumers', 'travellers', 'travelers', 'survivors',
  'victims', 'families', 'relatives', 'elders', 'veterans', 'insurers', 'investors', 'traders', 'bankers',
  'user', 'resident', 'witness', 'reader', 'commenter', 'poster', 'employee', 'worker', 'customer', 'insider',
  'staffer', 'lawmaker', 'executive', 'investigator', 'activist', 'critic', 'observer',
  // The same heads in French, Spanish, Italian, Portuguese and German.
  'conseiller', 'conseillers', 'conseillère', 'responsable', 'responsables', 'proche', 'proches', 'diplomate',
  'diplomates', 'analyste', 'analystes', 'observateurs', 'fonctionnaire', 'fonctionnaires', 'experts', 'sources',
  'porte-parole', 'autorités', 'fuente', 'fuentes', 'funcionario', 'funcionarios', 'expertos', 'analistas',
  'especialistas', 'portavoz', 'autoridades', 'asesor', 'asesores', 'fonte', 'fontes', 'assessor', 'porta-voz',
  'fonti', 'esperti', 'funzionario', 'funzionari', 'portavoce', 'Quelle', 'Quellen', 'Experten', 'Beamter',
  'Beamte', 'Sprecher', 'Sprecherin',
];

/** Words that open a clause without naming anyone ("However, …", "In Geneva, …"). */
export const CLAUSE_OPENERS = new Set([
  'the', 'a', 'an', 'but', 'and', 'however', 'meanwhile', 'in', 'on', 'at', 'for', 'yet', 'so', 'also', 'then',
  'now', 'earlier', 'later', 'last', 'this', 'that', 'these', 'those', 'when', 'while', 'as', 'if', 'asked',
  'according', 'speaking', 'both', 'after', 'before', 'since', 'during', 'although', 'though', 'still', 'thus',
  'today', 'yesterday', 'on', 'by', 'with', 'from', 'to', 'of', 'it', 'there', 'here', 'what', 'why', 'how',
  'who', 'we', 'our', 'my', 'i', 'you', 'your', 'his', 'her', 'its', 'their', 'despite', 'under', 'without',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'conversely', 'instead',
  'lately', 'besides', 'given', 'whether', 'should', 'through', 'among', 'following', 'until', 'once',
  // The same openers in the other languages whose verbs of saying are read.
  'pour', 'selon', 'dans', 'avec', 'par', 'mais', 'según', 'para', 'con', 'pero', 'für', 'mit', 'laut', 'aber',
  'segundo', 'com', 'mas', 'em', 'il', 'lo', 'la', 'le', 'les', 'el', 'los', 'las', 'o', 'os', 'der', 'die',
  'das', 'l’', "l'", 'secondo', 'per', 'ma', 'nel', 'nella',
]);

/** Titles that stand before a name and state a role ("Councilmember Jane Okafor"). */
export const TITLES = [
  'President', 'Vice President', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Governor', 'Gov.', 'Mayor',
  'Minister', 'Prime Minister', 'Foreign Minister', 'Secretary', 'Secretary of State', 'Councilmember',
  'Councilman', 'Councilwoman', 'Councillor', 'Chancellor', 'Premier', 'Dr.', 'Dr', 'Prof.', 'Professor',
  'Judge', 'Justice', 'General', 'Gen.', 'Admiral', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO',
  'Commissioner', 'Ambassador', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs',
  'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Father', 'Sister', 'Bishop', 'Pope', 'King', 'Queen', 'Prince',
  'Princess', 'Chief', 'Inspector', 'Detective', 'Officer', 'Sheriff', 'Coach', 'Captain', 'Capt.', 'Lt.',
  'Colonel', 'Col.', 'Sgt.', 'Sergeant', 'Prof', 'Superintendent', 'Provost', 'Dean', 'Principal', 'Trustee',
  'Alderman', 'Assemblymember', 'Delegate', 'Speaker', 'Attorney General', 'Lieutenant', 'Chef', 'Mme', 'Mme.',
  'M.', 'Mlle', 'Sra.', 'Sr.', 'Dr.ª', 'Herr', 'Frau', 'Don', 'Doña', 'Leader', 'Majority Leader',
  'Minority Leader', 'Opposition Leader', 'Chief Executive', 'Editor', 'Founder', 'Co-founder', 'Minister',
];

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORGANIZATION_WORDS = new Set([
  'university', 'institute', 'institutes', 'department', 'ministry', 'agency', 'council', 'commission',
  'committee', 'bank', 'fund', 'organization', 'organisation', 'association', 'company', 'inc', 'inc.', 'corp',
  'corp.', 'group', 'times', 'news', 'post', 'press', 'office', 'house', 'government', 'administration',
  'party', 'court', 'police', 'army', 'center', 'centre', 'foundation', 'service', 'board', 'authority',
  'bureau', 'academy', 'college', 'school', 'laboratory', 'lab', 'labs', 'hospital', 'union', 'federation',
  'institution', 'initiative', 'project', 'program', 'programme', 'network', 'journal', 'magazine', 'daily',
  'herald', 'tribune', 'reuters', 'ltd', 'llc', 'plc', 'gmbh', 'technologies', 'systems', 'society', 'forum',
  'summit', 'declaration', 'act', 'congress', 'senate', 'parliament', 'assembly', 'state', 'states', 'republic',
  'kingdom', 'nations', 'research', 'analytics', 'partners', 'capital', 'consulting', 'consultancy', 'holdings',
  'trust', 'coalition', 'alliance', 'league', 'club', 'fc', 'airlines', 'airways', 'motors', 'energy', 'pharma',
  'pharmaceuticals', 'insights', 'intelligence', 'securities', 'advisors', 'advisers', 'associates', 'clinic',
  'observatory', 'museum', 'library', 'tribunal', 'prosecutors', 'watch', 'international', 'google', 'microsoft', 'meta', 'openai', 'apple', 'amazon',
]);
