// The id of a publication's title where the editions print it: an article's
// title block, a book's title page. The loader points links to a title
// heading taken out of the text at it.

export const TITLE_ID = "publication-title";
