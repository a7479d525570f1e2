// The EPUB's navigation: the landmarks (where the cover, the title page, the
// contents, the text and the back matter start) and the entries of the
// navigation document and the NCX, each chapter with its sections nested.
import type { EpubChapter, NavSection } from "./epub-input.ts";

export type LandmarkType = "cover" | "titlepage" | "toc" | "bodymatter" | "backmatter";

export interface Landmark {
  type: LandmarkType;
  href: string;
  title: string;
}

export interface NavItem {
  title: string;
  href: string;
  /** Its place in the NCX's play order, from 1. */
  playOrder: number;
  children: NavItem[];
}

type Part = { filename?: string; title?: string; landmark?: LandmarkType };

/** The first chapter of each landmark type, and the contents page: the landmarks nav lists where each part starts. */
export function landmarksOf(chapters: Part[], contents?: { title: string }): Landmark[] {
  const landmarks: Landmark[] = [];
  for (const chapter of chapters) {
    const type = chapter.landmark;
    if (type === "bodymatter" && contents && !landmarks.some((landmark) => landmark.type === "toc"))
      landmarks.push({ type: "toc", href: "toc.xhtml", title: contents.title });
    if (type && !landmarks.some((landmark) => landmark.type === type)) {
      landmarks.push({ type, href: chapter.filename!, title: chapter.title ?? "" });
    }
  }
  return landmarks;
}

/** The entries of the navigation document and the NCX: the chapters, and under each its sections. */
export function navigationOf(chapters: EpubChapter[]): { nav: NavItem[]; navDepth: number } {
  let playOrder = 0;
  let navDepth = 1;
  const items = (sections: NavSection[], filename: string, depth: number): NavItem[] =>
    sections.map((section) => {
      navDepth = Math.max(navDepth, depth);
      return {
        title: section.title,
        href: `${filename}#${section.id}`,
        playOrder: ++playOrder,
        children: items(section.children, filename, depth + 1),
      };
    });
  const nav = chapters
    .filter((chapter) => !chapter.excludeFromToc)
    .map((chapter) => ({
      title: chapter.title,
      href: chapter.filename,
      playOrder: ++playOrder,
      children: items(chapter.sections ?? [], chapter.filename, 2),
    }));
  return { nav, navDepth };
}
