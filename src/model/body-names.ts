// The names one body goes by: as printed in full ("中国共产党江苏省委员会办公厅"), in the usual short form of
// the Party and CPPCC committees ("江苏省委办公厅", "江苏省政协办公厅"), and either without its region
// ("省委办公厅": how a narrative names its own department). Used to tell two files of one document apart
// from two documents, and to read a sentence's subject without the body's name before it.

/** Full names and the short forms Chinese official usage gives them (prefix of the body's name → short). */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/^中国共产党(.+?)委员会/, '$1委'],
  [/^中共(.+?)委员会/, '$1委'],
  [/^中国人民政治协商会议(.+?)委员会/, '$1政协'],
  [/^中共/, ''],
];

/** A region's name before its level: "江苏" of 江苏省, "上海" of 上海市. */
const REGION = /^[\u4e00-\u9fff]{2,3}?(?=[省市])/;

const compact = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** The body's full name and its short form, region kept. */
function regionalForms(body: string): string[] {
  const full = compact(body);
  if (!full) return [];
  const forms = new Set([full]);
  for (const [re, short] of SHORT_FORMS) if (re.test(full)) forms.add(full.replace(re, short));
  return [...forms];
}

const withoutRegion = (forms: readonly string[]) => forms.flatMap((f) => {
  const region = REGION.exec(f);
  return region ? [f.slice(region[0].length)] : [];
});

/** Every form of the body's name, longest first (forms of fewer than 4 characters are left out). */
export function bodyNames(body: string): string[] {
  const forms = regionalForms(body);
  return [...new Set([...forms, ...withoutRegion(forms)])].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * Whether two printed names are of one body: a full or short form is the same, or one name is printed
 * without its region and is the other's without it (江苏省委办公厅 and 浙江省委办公厅 are two bodies).
 */
export function sameBody(a: string, b: string): boolean {
  const fa = regionalForms(a);
  const fb = regionalForms(b);
  if (fa.some((f) => fb.includes(f))) return true;
  const bare = (forms: readonly string[]) => forms.every((f) => !REGION.test(f));
  return (bare(fa) && withoutRegion(fb).some((f) => fa.includes(f))) || (bare(fb) && withoutRegion(fa).some((f) => fb.includes(f)));
}
