/** Labels that open a line about the article rather than a line of it, in the languages we read. */
export const SOURCE_LABEL = /^(original(ly)? (source|published|posted)|source|sources|first (published|appeared|posted)|republished|reprinted|via|fuente|fuente original|publicado originalmente|source originale|publié (initialement|à l'origine)|quelle|ursprünglich veröffentlicht|fonte|publicado originalmente|来源|原文|原载)\b\s*[:：]?/i;
export const EDITOR_LABEL = /^(editor['’]?s['’]? note|editorial note|note from the editor|note to readers|disclaimer|correction|clarification|update|nota del editor|nota de la redacción|note de la rédaction|avertissement|anmerkung der redaktion|hinweis|nota do editor|编者按|编者注|免责声明)\b\s*[:：]?/i;
export const CREDIT_LABEL = /^(photo|image|picture|video|illustration|credit|foto|bild|imagen|crédit)s?\b|\b(getty images|shutterstock|reuters\/|ap photo|afp via)\b/i;
export const BYLINE_LABEL = /^(by|por|par|von|de|作者)\s+\p{Lu}/u;

