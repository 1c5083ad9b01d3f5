import fs from 'node:fs';
import * as topojson from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
const topo = JSON.parse(fs.readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const fc = topojson.feature(topo, topo.objects.countries);
const width = 960, height = 500;
const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
const path = geoPath(projection).digits(1);
const countries = fc.features
  .filter(f => f.properties.name !== 'Antarctica')
  .map(f => ({ id: f.id ?? '', name: f.properties.name, d: path(f) }))
  .filter(c => c.d);
const sphere = path({ type: 'Sphere' });
fs.writeFileSync('world-110m.json', JSON.stringify({
  source: 'Natural Earth 1:110m Admin 0 countries v4.1.0 via the npm package world-atlas@2.0.2 (countries-110m.json); projected with d3-geo geoNaturalEarth1 to 960x500, 1 decimal.',
  width, height, sphere, countries }, null, 0));
console.log(countries.length, fs.statSync('world-110m.json').size);
