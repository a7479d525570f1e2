// The top-level domains a bare address (`tengrinews.kz/…`, no `https://`) may
// end in. Without a list, every "word.word" would pass for an address; with it,
// "(e.g.)", "(U.S.)" and "(report.pdf)" do not. This is a built-in stand-in for
// IANA's full list (the `tlds` npm package keeps it current): every
// country-code domain, the original generic ones, the newer ones news sites
// and think tanks use, and the non-Latin ones of the region Folio's writers
// cover. An address with `https://` or `www.` needs no list at all.
const COUNTRY_CODES = `
ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz
ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm
fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it
je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn
mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps
pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj
tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw`;

const GENERIC = `
com org net edu gov mil int info biz name pro mobi asia tel travel jobs museum aero coop cat post
app dev page blog news online site website tech store shop space xyz club live media today world
network global agency center company solutions digital email link press report reviews review
institute foundation fund ngo ong university academy school education science energy law legal
tv radio film studio eco earth africa asia berlin london moscow paris nyc wiki top icu vip one`;

// Non-Latin top-level domains, written as they are read.
const INTERNATIONAL =
  "рф рус москва қаз укр бел срб мкд мон ελ ευ 中国 中國 香港 台灣 台湾 한국 ايران السعودية";

export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(
  `${COUNTRY_CODES} ${GENERIC} ${INTERNATIONAL}`.split(/\s+/).filter(Boolean),
);

/**
 * Endings that are file types far more often than domains in prose: "(run.sh)",
 * "(notes.md)", "(archive.zip)". A bare "name.ext" ending in one is a file name;
 * with a path (`example.md/page`) it is still read as an address.
 */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  "zip",
  "mov",
  "md",
  "sh",
  "py",
  "pl",
  "pm",
  "rs",
  "ps",
  "so",
  "tf",
  "cs",
]);
