// Converts Natural Earth's admin-0 countries, as the npm package world-atlas ships them in TopoJSON, into the
// small GeoJSON file the locator maps read (theme/data/countries.geojson): only the window of the world the
// briefing's maps can show, coordinates rounded to 0.01 degree (about 1 km), each country with its name and
// its ISO 3166-1 alpha-3 code. Usage (see docs/pictures.md):
//
//   node convert-countries.mjs <path to world-atlas/countries-50m.json> > theme/data/countries.geojson
//
// run from a copy placed beside an npm install of world-atlas@2.0.2 and topojson-client@3.1.0.
//
// topojson-client decodes the topology; the clipping to the window below is a plain Sutherland–Hodgman pass,
// exact for a rectangular window, so no further dependency is needed.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const window = { west: 20, south: 10, east: 85, north: 66 };

// ISO 3166-1 numeric code (world-atlas's feature id) to alpha-3, for the countries inside the window. The
// alpha-3 code is what a glossary term names in `place: { kind: country, iso: TUR }`.
const alpha3 = {
  '004': 'AFG', '008': 'ALB', '051': 'ARM', '040': 'AUT', '031': 'AZE', '048': 'BHR', '050': 'BGD',
  '112': 'BLR', '064': 'BTN', '070': 'BIH', '100': 'BGR', '120': 'CMR', '140': 'CAF', '148': 'TCD',
  '156': 'CHN', '191': 'HRV', '196': 'CYP', '203': 'CZE', '208': 'DNK', '262': 'DJI', '818': 'EGY',
  '232': 'ERI', '233': 'EST', '231': 'ETH', '246': 'FIN', '268': 'GEO', '276': 'DEU', '300': 'GRC',
  '348': 'HUN', '356': 'IND', '364': 'IRN', '368': 'IRQ', '376': 'ISR', '380': 'ITA', '400': 'JOR',
  '398': 'KAZ', '414': 'KWT', '417': 'KGZ', '428': 'LVA', '422': 'LBN', '434': 'LBY', '440': 'LTU',
  '807': 'MKD', '470': 'MLT', '498': 'MDA', '496': 'MNG', '499': 'MNE', '524': 'NPL', '562': 'NER',
  '566': 'NGA', '578': 'NOR', '512': 'OMN', '586': 'PAK', '275': 'PSE', '616': 'POL', '634': 'QAT',
  '642': 'ROU', '643': 'RUS', '728': 'SSD', '682': 'SAU', '688': 'SRB', '703': 'SVK', '705': 'SVN',
  '706': 'SOM', '729': 'SDN', '752': 'SWE', '760': 'SYR', '762': 'TJK', '792': 'TUR', '795': 'TKM',
  '804': 'UKR', '784': 'ARE', '860': 'UZB', '887': 'YEM', '144': 'LKA', '250': 'FRA', '840': 'USA',
};

// Areas Natural Earth draws apart from the country around them, without a numeric code; left out, they would
// be holes in the land. Natural Earth's own three-letter codes.
const unnumbered = { 'Kosovo': 'KOS', 'N. Cyprus': 'CYN', 'Somaliland': 'SOL', 'Siachen Glacier': 'KAS' };

const round = (value) => Math.round(value * 100) / 100;

function clipRing(ring) {
  const edges = [
    (p) => p[0] >= window.west, (a, b) => cut(a, b, 0, window.west),
    (p) => p[0] <= window.east, (a, b) => cut(a, b, 0, window.east),
    (p) => p[1] >= window.south, (a, b) => cut(a, b, 1, window.south),
    (p) => p[1] <= window.north, (a, b) => cut(a, b, 1, window.north),
  ];
  let points = ring.slice(0, -1);
  for (let e = 0; e < edges.length && points.length > 0; e += 2) {
    const inside = edges[e];
    const intersect = edges[e + 1];
    const output = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current));
      }
    }
    points = output;
  }
  const rounded = [];
  for (const p of points) {
    const q = [round(p[0]), round(p[1])];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) rounded.push(q);
  }
  if (rounded.length > 1 && rounded[0][0] === rounded[rounded.length - 1][0] && rounded[0][1] === rounded[rounded.length - 1][1]) rounded.pop();
  return rounded.length >= 3 ? [...rounded, rounded[0]] : null;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const other = 1 - axis;
  const point = [0, 0];
  point[axis] = value;
  point[other] = a[other] + t * (b[other] - a[other]);
  return point;
}

function contains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const [, , source] = process.argv;
if (!source) {
  console.error('usage: node convert-countries.mjs <world-atlas/countries-50m.json>');
  process.exit(2);
}

const topology = JSON.parse(readFileSync(source, 'utf8'));
const countries = feature(topology, topology.objects.countries).features;
const features = [];
for (const country of countries) {
  const code = alpha3[country.id] ?? unnumbered[country.properties.name];
  if (!code || !country.geometry) continue;
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const clipped = [];
  for (const polygon of polygons) {
    const outer = clipRing(polygon[0]);
    if (!outer) continue;
    clipped.push([outer, ...polygon.slice(1).map(clipRing).filter(Boolean)]);
  }
  if (clipped.length === 0) continue;
  features.push({
    type: 'Feature',
    properties: { iso: code, name: country.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: clipped },
  });
}

// Natural Earth draws Crimea within Russia (it shows boundaries as they are held on the ground). The maps show
// internationally recognised boundaries, under which Crimea is part of Ukraine (UN General Assembly
// resolution 68/262, 2014): the polygon holding the peninsula moves to Ukraine.
const crimea = [34.1, 44.95];
const russia = features.find((f) => f.properties.iso === 'RUS');
const ukraine = features.find((f) => f.properties.iso === 'UKR');
const moved = russia.geometry.coordinates.filter((polygon) => contains(polygon[0], crimea));
russia.geometry.coordinates = russia.geometry.coordinates.filter((polygon) => !moved.includes(polygon));
ukraine.geometry.coordinates.push(...moved);

features.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
// One feature a line keeps the file diffable when the source data is updated.
process.stdout.write('{"type":"FeatureCollection","features":[\n');
process.stdout.write(features.map((f) => JSON.stringify(f)).join(',\n'));
process.stdout.write('\n]}\n');
