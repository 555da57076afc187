import { describe, expect, it } from 'vitest';
import { generationArtifact } from '../../../utils/checks/generation-artifact';
import { checkPage, flagsOf, onlyFlag } from '../support';
import { flagsOn, type Case } from './integrity-table';

const LEAD = 'Copper prices climbed again this week as two large smelters cut output.';

describe('generation-artifact', () => {
  it('fires (high) for an AI speaking of itself', async () => {
    const sentence = 'As an AI language model, I cannot predict where metal prices will go next.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('As an AI language model');
  });

  it('fires for a chatbot follow-up offer', async () => {
    const sentence = 'Would you like me to add a section on storage costs for small investors?';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
  });

  it('fires once per sentence with an unfilled placeholder', async () => {
    const report = await checkPage({
      paragraphs: ['The new clinic opens on Monday in the former post office building.', '[Insert spokesperson quote here]', 'Patients from {{city_name}} can book online.'],
    });
    const flags = flagsOf(report, 'generation-artifact');
    expect(flags.map((f) => f.excerpt)).toEqual(['[Insert spokesperson quote here]', 'Patients from {{city_name}} can book online.']);
    expect(flags.every((f) => f.severity === 'high')).toBe(true);
    expect(flags[1]!.message).toContain('{{city_name}}');
  });

  it('fires for leaked meta-commentary that introduces a rewritten text', async () => {
    const sentence = 'Here is the article rewritten in plain English:';
    const report = await checkPage({ paragraphs: [sentence, 'The new clinic opens on Monday in the former post office building.'] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.excerpt).toBe(sentence);
  });

  it('does not fire for editorial brackets such as [sic] and [the company]', async () => {
    const report = await checkPage({
      paragraphs: ['The memo said the merger “was approved by [the company] board last spring [sic] after a long debate.”', 'The new clinic opens on Monday.'],
    });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });

  it('does not fire for an article that quotes a chatbot’s refusal', async () => {
    const report = await checkPage({
      paragraphs: [
        'When our reporter asked the chatbot about the mayor’s record, it answered: “I’m sorry, but I cannot help with that request. As an AI language model, I do not have opinions.”',
        'Voters who tried the same question got the same answer.',
      ],
    });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });

  it('does not fire for reporting about rewriting a document', async () => {
    const report = await checkPage({ paragraphs: ['Council staff will rewrite the text of the ordinance before the next vote.', 'The new clinic opens on Monday.'] });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });
});

/**
 * Adversarial table: in each language, leftovers phrased freshly (paraphrased instructions,
 * other verbs and word orders, openers, offers, slots) and hard negatives (journalism about
 * chatbots and SEO, a chatbot quoted, laws rewritten or translated, update notes, editors' brackets).
 */
const LEFTOVERS: Case[] = [
  { lang: 'en', text: 'As a large language model trained by OpenAI, I don’t have opinions on elections.' },
  { lang: 'en', text: 'I’m sorry, but I can’t help with that request.' },
  { lang: 'en', text: 'As of my last knowledge update in 2023, the company had not announced a merger.' },
  { lang: 'en', text: 'Let me know if you’d like any changes to the tone.' },
  { lang: 'en', text: 'If you’d like, I can also write a shorter version for social media.' },
  { lang: 'en', text: 'Certainly! Here’s a revised version of the article:', excerpt: 'Certainly!' },
  { lang: 'en', text: 'Absolutely — here’s a roughly 600-word local news story on the bridge closure, written in a neutral wire style:' },
  { lang: 'en', text: 'Please paraphrase this article so it passes AI detectors.' },
  { lang: 'en', text: 'Remove all sources and names before publishing.' },
  { lang: 'en', text: 'You are an expert SEO copywriter.' },
  { lang: 'en', text: 'I have naturally incorporated the keywords throughout the piece.' },
  { lang: 'en', text: 'This article has been paraphrased to avoid plagiarism detection.' },
  { lang: 'en', text: 'The article should be at least 800 words long and use the keyword “best copper ETF”.' },
  { lang: 'en', text: 'Rewriting the content in English:' },
  { lang: 'en', text: 'The plant will employ 300 people in [HEADQUARTERS CITY].' },
  { lang: 'en', text: 'For details, contact [Contact Name] at [Email].' },
  { lang: 'es', text: 'Como modelo de lenguaje, no puedo ofrecer asesoramiento financiero.' },
  { lang: 'es', text: 'Lo siento, pero no puedo ayudarte con esa solicitud.' },
  { lang: 'es', text: '¿Quieres que amplíe la sección sobre los precios?' },
  { lang: 'es', text: 'Reescribe el siguiente texto con un tono más formal.' },
  { lang: 'es', text: 'Aquí tienes el artículo reescrito:' },
  { lang: 'es', text: 'He reescrito el texto como me pediste.' },
  { lang: 'es', text: 'La empresa tiene su sede en [Ciudad] desde [Fecha].' },
  { lang: 'fr', text: 'En tant qu’IA, je ne peux pas donner d’avis personnel.' },
  { lang: 'fr', text: 'Voulez-vous que je développe cette partie ?' },
  { lang: 'fr', text: 'Réécris ce texte pour qu’il semble original.' },
  { lang: 'fr', text: 'Voici le texte réécrit :' },
  { lang: 'fr', text: 'J’ai reformulé l’article en ajoutant les mots-clés demandés.' },
  { lang: 'fr', text: 'Le directeur, [Nom du directeur], a salué le projet.' },
  { lang: 'de', text: 'Als KI-Sprachmodell kann ich keine Anlageberatung geben.' },
  { lang: 'de', text: 'Fassen Sie den obigen Artikel in einem sachlichen Ton zusammen.' },
  { lang: 'de', text: 'Entferne alle Quellenangaben und Namen:' },
  { lang: 'de', text: 'Möchtest du, dass ich den Artikel kürze?' },
  { lang: 'de', text: 'Hier ist der umgeschriebene Text:' },
  { lang: 'de', text: 'Ich habe den Text wie gewünscht umformuliert.' },
  { lang: 'pt', text: 'Como modelo de linguagem, não posso dar conselhos financeiros.' },
  { lang: 'pt', text: 'Gostaria que eu expandisse esta seção?' },
  { lang: 'pt', text: 'Reescreva o texto abaixo com um tom jornalístico.' },
  { lang: 'pt', text: 'Aqui está o artigo reescrito:' },
  { lang: 'pt', text: 'Reescrevi o texto conforme solicitado.' },
  { lang: 'pt', text: 'Espero que isso ajude!' },
  { lang: 'zh', text: '作为一个AI语言模型，我无法预测价格走势。' },
  { lang: 'zh', text: '抱歉，我无法满足这个请求。' },
  { lang: 'zh', text: '需要我为您扩写这一部分吗？' },
  { lang: 'zh', text: '请将以下文章改写为更正式的语气。' },
  { lang: 'zh', text: '以下是改写后的文章：' },
  { lang: 'zh', text: '我的知识截止到2023年。' },
  { lang: 'zh', text: '公司总部位于【城市名称】。' },
];

const NOT_LEFTOVERS: Case[] = [
  { lang: 'en', text: 'The memo said the merger “was approved by [the company] board last spring [sic] after a long debate.”' },
  { lang: 'en', text: 'He said “[U.S.] officials” had been warned.' },
  { lang: 'en', text: '[NAME REDACTED] told investigators nothing.' },
  { lang: 'en', text: 'When asked about the mayor, the chatbot answered: “I’m sorry, but I cannot help with that request.”' },
  { lang: 'en', text: 'The chatbot replied that as an AI language model it could not share opinions.' },
  { lang: 'en', text: 'The bot ended with: Would you like me to draft a reply?' },
  { lang: 'en', text: 'Council staff will rewrite the text of the ordinance before the next vote.' },
  { lang: 'en', text: 'Lawmakers will translate the text of the treaty into French.' },
  { lang: 'en', text: 'The article was updated to correct the spelling of a name.' },
  { lang: 'en', text: 'This story has been updated with comment from the company.' },
  { lang: 'en', text: 'This interview has been condensed and edited for clarity.' },
  { lang: 'en', text: 'Publishers stuffed articles with keywords to game Google’s search rankings.' },
  { lang: 'en', text: 'Optimize your content for SEO by including relevant keywords in your headlines.' },
  { lang: 'en', text: 'Here is the full text of the statement:' },
  { lang: 'en', text: 'Create a free account to continue reading this article.' },
  { lang: 'en', text: 'I rewrote the opening paragraph five times before filing.' },
  { lang: 'en', text: 'The novel, a work of fiction, imagines a world without phones.' },
  { lang: 'es', text: 'El Congreso reescribirá el texto de la ley antes de la votación.' },
  { lang: 'es', text: 'La nota fue actualizada para incluir la reacción del ministerio.' },
  { lang: 'es', text: 'Los expertos en SEO recomiendan usar palabras clave en los títulos.' },
  { lang: 'es', text: 'Sectores clave, como la inteligencia artificial, la biotecnología y la energía, crecerán.' },
  { lang: 'fr', text: 'Le texte du projet de loi a été réécrit par le Sénat.' },
  { lang: 'fr', text: 'L’article a été mis à jour pour corriger une erreur.' },
  { lang: 'fr', text: 'Interrogé, le robot conversationnel a répondu : « En tant qu’IA, je ne peux pas répondre. »' },
  { lang: 'de', text: 'Der Bundestag hat den Text des Gesetzes überarbeitet.' },
  { lang: 'de', text: 'Der Artikel wurde aktualisiert.' },
  { lang: 'de', text: 'Als KI-Expertin warnt sie vor zu viel Euphorie.' },
  { lang: 'pt', text: 'O Senado reescreveu o texto da lei.' },
  { lang: 'pt', text: 'A matéria foi atualizada às 14h.' },
  { lang: 'pt', text: 'Especialistas em SEO dizem que palavras-chave importam menos hoje.' },
  { lang: 'zh', text: '该文章已于今日更新。' },
  { lang: 'zh', text: '记者询问聊天机器人时，它回答说：“作为一个AI语言模型，我无法回答。”' },
  { lang: 'zh', text: '立法机构将改写该法律文本。' },
];

describe('generation-artifact: adversarial table', () => {
  it.each(LEFTOVERS.map((c) => [c.lang, c.text, c] as const))('[%s] fires: %s', (_lang, text, c) => {
    const flags = flagsOn(generationArtifact, c);
    expect(flags.length, JSON.stringify(flags)).toBeGreaterThanOrEqual(1);
    const flag = flags[0]!;
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(c.excerpt ?? text);
    expect(flag.message).toMatch(/^Rule "[^"]+": .+/);
  });

  it.each(NOT_LEFTOVERS.map((c) => [c.lang, c.text, c] as const))('[%s] stays quiet: %s', (_lang, _text, c) => {
    expect(flagsOn(generationArtifact, c)).toEqual([]);
  });

  it('reads a placeholder in a code sample as the reader’s slot, not a leftover', () => {
    const code = "var u = new URLSearchParams(); u.append('api_key', '<insert api key here>');";
    expect(flagsOn(generationArtifact, { lang: 'en', text: code })).toEqual([]);
  });

  it('has positive and negative cases in every language it reads', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'zh']) {
      expect(LEFTOVERS.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(5);
      expect(NOT_LEFTOVERS.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(3);
    }
  });
});
