// Which way a language's text runs: right to left for the scripts written so
// (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam …), found from the language tag's
// likely script (`fa` is Arabic script, `ku-Arab` says so itself), and for a
// piece of text from its first letter, as the Unicode bidirectional algorithm's
// "first strong character" rule does.

export type Direction = "ltr" | "rtl";

const RTL_SCRIPTS = new Set([
  "Arab",
  "Hebr",
  "Syrc",
  "Thaa",
  "Nkoo",
  "Adlm",
  "Rohg",
  "Mand",
  "Samr",
  "Mend",
]);
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Mende_Kikakui}]/u;

/** The direction of a language's text; left to right for a tag Intl cannot read. */
export function directionOf(lang: string): Direction {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? "") ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** The direction of a text's first letter, or undefined when it has none (numbers, punctuation). */
export function directionOfText(text: string): Direction | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter === undefined ? undefined : RTL_LETTER.test(letter) ? "rtl" : "ltr";
}
