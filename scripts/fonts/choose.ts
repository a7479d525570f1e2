// Which font draws each character a publication uses, and so which faces it
// embeds: Literata wherever it has the character, else the script font of the
// publication's language, else the first script font that has it. Each character
// goes to one face only, so the faces' unicode-ranges never overlap, and a CSS
// family ("Literata", "Source Code Pro") is the sum of its faces: every rule of
// every edition that names Literata gets the Japanese or Arabic it needs, with no
// stylesheet naming a script font.
import {
  CODE,
  EMOJI,
  type FontSource,
  fontSlices,
  SCRIPTS,
  type Slice,
  type Style,
  TEXT,
  type Weight,
} from "./families.ts";
import { inRanges } from "./unicode-range.ts";

/** The characters a publication shows, by the face they are set in. */
export interface StyledText {
  regular: string;
  italic: string;
  bold: string;
  boldItalic: string;
  /** In code, set in Source Code Pro where it has the character, else as regular text. */
  code: string;
}

/** A face to cut from one of a font's files. */
export interface FacePlan {
  font: FontSource;
  slice: string;
  /** The CSS family it is part of. */
  family: string;
  weight: Weight;
  /** A script font has no italic: its upright face serves italic text too. */
  styles: Style[];
  codePoints: Set<number>;
}

export async function chooseFaces(text: StyledText, lang: string): Promise<FacePlan[]> {
  const slices = new Map<FontSource, Slice[]>();
  const load = async (fonts: FontSource[]) => {
    for (const [font, list] of await Promise.all(
      fonts.map(async (font) => [font, await fontSlices(font)] as const),
    ))
      slices.set(font, list);
  };
  await load([TEXT, CODE]);
  const plans = new Map<string, FacePlan>();
  const add = (
    font: FontSource,
    family: string,
    weight: Weight,
    styles: Style[],
    codePoint: number,
  ): boolean => {
    const slice = slices.get(font)!.find((s) => inRanges(s.ranges, codePoint));
    if (!slice) return false;
    const key = [font.id, slice.name, family, weight, styles].join("/");
    let plan = plans.get(key);
    if (!plan)
      plans.set(
        key,
        (plan = { font, slice: slice.name, family, weight, styles, codePoints: new Set() }),
      );
    plan.codePoints.add(codePoint);
    return true;
  };
  // Literata first; what it lacks goes to a script font, whose slices are read only then.
  const rest: [number, Weight][] = [];
  const asText = (codePoint: number, weight: Weight, style: Style) =>
    add(TEXT, TEXT.name, weight, [style], codePoint) || rest.push([codePoint, weight]);
  const faces: [string, Weight, Style][] = [
    [text.regular, 400, "normal"],
    [text.italic, 400, "italic"],
    [text.bold, 700, "normal"],
    [text.boldItalic, 700, "italic"],
  ];
  for (const [characters, weight, style] of faces) {
    for (const codePoint of codePointsOf(characters)) asText(codePoint, weight, style);
  }
  // Code falls back to the text's family (the stylesheets say so), whose faces are regular.
  for (const codePoint of codePointsOf(text.code))
    add(CODE, CODE.name, 400, ["normal"], codePoint) || asText(codePoint, 400, "normal");
  if (rest.length > 0) {
    const scripts = scriptOrder(lang, Object.values(text).join(""));
    await load([...scripts, EMOJI]);
    for (const [codePoint, weight] of rest) {
      const fonts = emoji.test(String.fromCodePoint(codePoint))
        ? [EMOJI, ...scripts]
        : [...scripts, EMOJI];
      fonts.some((font) => add(font, TEXT.name, weight, ["normal", "italic"], codePoint));
    }
  }
  return [...plans.values()];
}

// A pictograph, or half of a flag.
const emoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** The script fonts, those for `lang` first, then the Japanese or Korean one if the text has kana or Hangul. */
function scriptOrder(lang: string, text: string): FontSource[] {
  const tag = lang.toLowerCase();
  const match = (font: FontSource) =>
    Math.max(
      0,
      ...font.langs
        .map((l) => l.toLowerCase())
        .filter((l) => tag === l || tag.startsWith(`${l}-`))
        .map((l) => l.length),
    );
  const byLang = SCRIPTS.filter((font) => match(font) > 0).sort((a, b) => match(b) - match(a));
  const byText = [
    /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) &&
      SCRIPTS.find((font) => font.langs.includes("ja")),
    /\p{Script=Hangul}/u.test(text) && SCRIPTS.find((font) => font.langs.includes("ko")),
  ].filter((font): font is FontSource => !!font);
  return [...new Set([...byLang, ...byText, ...SCRIPTS])];
}

/** Each character once; control characters draw nothing. */
function codePointsOf(text: string): Set<number> {
  const codePoints = new Set<number>();
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20 && (codePoint < 0x7f || codePoint > 0x9f)) codePoints.add(codePoint);
  }
  return codePoints;
}
