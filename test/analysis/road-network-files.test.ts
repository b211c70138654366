import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRoadNetworkCsv } from '../../src/analysis/road-network-files/parse-road-csv.js';
import { parseDuration, parseMaxspeed, parseRoadNetworkGeoJson } from '../../src/analysis/road-network-files/parse-road-geojson.js';
import { buildRoadGraph, roadGraphSummary } from '../../src/geo/road-network/road-graph.js';

const NODES = 'id,lat,lon,label\n1,60.0,10.0,A\n2,60.1,10.0,B\n3,60.2,10.0,C\n';
const csv = (edges: string, nodes = NODES) => parseRoadNetworkCsv({ nodesText: nodes, nodesFile: 'nodes.csv', edgesText: edges, edgesFile: 'edges.csv' });

describe('road network CSV', () => {
  it('reads nodes and edges, ferries with their wait, motorways from the motorway column', () => {
    const r = csv('from,to,km,road_class,kind,minutes,wait_minutes,motorway\n1,2,11.1,E,road,8.3,,1\n2,3,11.1,ferry,ferry,41.6,15,\n');
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.deepEqual([...r.value.edgeFerry], [0, 1]);
    assert.deepEqual([...r.value.edgeWaitMinutes], [0, 15]);
    assert.deepEqual([...r.value.edgeMotorway], [1, 0]);
    assert.deepEqual(r.value.nodeLabels, ['A', 'B', 'C']);
  });

  it('names file, row and field for every bad value', () => {
    const r = csv('from,to,km,road_class,kind,minutes\n1,9,1,E,road,1\n1,2,x,E,road,1\n1,2,1,Kv,road,1\n1,2,1,E,car,1\n2,2,1,E,road,1\n1,2,1,E,road,-3\n1,2,1,E,road,1,5\n');
    assert.ok(!r.ok);
    const got = r.error.map((i) => `${i.file}:${i.row}:${i.field}:${i.code}`);
    assert.deepEqual(got, [
      'edges.csv:2:to:unknown-id',
      'edges.csv:3:km:not-a-number',
      'edges.csv:4:road_class:invalid-value',
      'edges.csv:5:kind:invalid-value',
      'edges.csv:6:to:invalid-value',
      'edges.csv:7:minutes:out-of-range',
    ]);
    assert.match(r.error[0].message, /^edges\.csv, rad 2, felt «to»: noden «9» finnes ikke i nodes\.csv/);
  });

  it('refuses a ferry row whose wait is not stated, and a node file with a bad latitude or a duplicate id', () => {
    const noWait = csv('from,to,km,road_class,kind,minutes\n1,2,5,ferry,ferry,27\n');
    assert.ok(!noWait.ok);
    assert.equal(noWait.error[0].field, 'wait_minutes');
    assert.equal(noWait.error[0].code, 'missing-column');
    const nodes = csv('from,to,km,road_class,kind,minutes\n1,2,1,E,road,1\n', 'id,lat,lon\n1,95,10\n2,60,10\n2,61,10\n');
    assert.ok(!nodes.ok);
    assert.deepEqual(
      nodes.error.map((i) => `${i.file}:${i.row}:${i.field}:${i.code}`),
      ['nodes.csv:2:lat:out-of-range', 'nodes.csv:4:id:duplicate-id'],
    );
  });

  it('reads a file without wait_minutes when the caller states the wait its ferry minutes include', () => {
    const r = parseRoadNetworkCsv(
      { nodesText: NODES, nodesFile: 'nodes.csv', edgesText: 'from,to,km,road_class,kind,minutes,minutes_mw100\n1,2,5,ferry,ferry,27,27\n2,3,10,E,road,7.5,6\n', edgesFile: 'edges.csv' },
      { ferryWaitMinutes: 15 },
    );
    assert.ok(r.ok);
    assert.deepEqual([...r.value.edgeWaitMinutes], [15, 0]);
    assert.deepEqual([...r.value.edgeMotorway], [0, 1], 'minutes_mw100 below minutes marks a motorway');
  });

  const shared = fileURLToPath(new URL('../../../shared/data/roads/', import.meta.url));
  it('loads the shared graph with its documented counts', { skip: !existsSync(shared) && 'no ../shared/data/roads beside the checkout' }, () => {
    const r = parseRoadNetworkCsv(
      { nodesText: readFileSync(shared + 'nodes.csv', 'utf8'), nodesFile: 'nodes.csv', edgesText: readFileSync(shared + 'edges.csv', 'utf8'), edgesFile: 'edges.csv' },
      { ferryWaitMinutes: 15 },
    );
    assert.ok(r.ok, !r.ok ? r.error[0].message : '');
    const s = roadGraphSummary(buildRoadGraph(r.value));
    assert.deepEqual(s, { nodes: 12_330, edges: 12_910, roadEdges: 12_837, ferryEdges: 73, components: 7, largestComponent: 12_257 });
  });
});

const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const line = (coordinates: number[][], properties: Record<string, unknown>) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });

describe('road network GeoJSON', () => {
  it('reads NVDB Ruteplan links (ogr2ogr output): times per direction, one-way, ferries with the wait added', () => {
    const text = fc([
      line([[10.0, 60.0], [10.01, 60.0], [10.02, 60.0]], { linkid: '1', oneway: 'B', drivetime_fw: 1.2, drivetime_bw: 1.4, isferry: '0', roadid: '{E6}' }),
      line([[10.02, 60.0], [10.03, 60.0]], { linkid: '2', oneway: 'FT', drivetime_fw: 0.5, drivetime_bw: -1, isferry: '0', roadid: '{K1234}' }),
      line([[10.03, 60.0], [10.03, 60.05]], { linkid: '3', oneway: 'B', drivetime_fw: 12, drivetime_bw: 12, isferry: '1', roadid: '{F55}' }),
      line([[10.0, 60.0], [10.0, 60.01]], { linkid: '4', oneway: 'N', drivetime_fw: -1, drivetime_bw: -1, isferry: '0', roadid: '{P1}' }),
    ]);
    const r = parseRoadNetworkGeoJson(text, 'ruteplan.geojson', { ferryWaitMinutes: 15 });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.equal(r.value.profile, 'nvdb-ruteplan');
    const d = r.value.data;
    assert.equal(d.nodeLat.length, 5, 'links share their end vertices');
    assert.equal(d.edgeFrom.length, 4);
    assert.ok(Math.abs(d.edgeMinutes[0] + d.edgeMinutes[1] - 1.3) < 1e-9, 'a two-way link gets the mean of its two times, spread by length');
    assert.equal(d.edgeMinutes[2], 0.5);
    assert.deepEqual([...d.edgeFerry], [0, 0, 0, 1]);
    assert.equal(d.edgeMinutes[3], 27);
    assert.equal(d.edgeWaitMinutes[3], 15);
    assert.deepEqual([...d.edgeClass], [0, 0, 3, 2]);
    assert.deepEqual(r.value.skipped, { 'not drivable (oneway N or no non-negative time)': 1 });
  });

  it('reads the older upper-case NVDB names (FT_MINUTES, TF_MINUTES, ONEWAY)', () => {
    const r = parseRoadNetworkGeoJson(fc([line([[5, 61], [5.01, 61]], { FROMNODEID: 1, TONODEID: 2, ONEWAY: 'TF', FT_MINUTES: -1, TF_MINUTES: 0.7 })]), 'old.geojson', { ferryWaitMinutes: 15 });
    assert.ok(r.ok);
    assert.equal(r.value.data.edgeMinutes[0], 0.7);
  });

  it('reads osmium-exported OpenStreetMap ways: maxspeed or a default per highway, car ferries by duration; leaves out paths and passenger ferries', () => {
    const text = fc([
      line([[10.0, 60.0], [10.0, 60.01]], { highway: 'primary', maxspeed: '80', ref: 'E 16' }),
      line([[10.0, 60.01], [10.0, 60.02]], { highway: 'residential' }),
      line([[10.0, 60.02], [10.0, 60.03]], { highway: 'secondary', maxspeed: 'NO:rural', ref: 'Fv 7' }),
      line([[10.0, 60.03], [10.1, 60.03]], { route: 'ferry', duration: '00:25', motor_vehicle: 'yes' }),
      line([[10.0, 60.0], [10.0, 59.99]], { highway: 'footway' }),
      line([[10.1, 60.03], [10.2, 60.03]], { route: 'ferry', motor_vehicle: 'no' }),
      line([[10.0, 60.0], [10.01, 60.0]], { highway: 'service', motor_vehicle: 'private' }),
    ]);
    const r = parseRoadNetworkGeoJson(text, 'norway.geojson', { ferryWaitMinutes: 15 });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.equal(r.value.profile, 'osm');
    const d = r.value.data;
    assert.equal(d.edgeFrom.length, 4);
    const km0 = d.edgeKm[0];
    assert.ok(Math.abs(d.edgeMinutes[0] - (km0 / 80) * 60) < 1e-9);
    assert.ok(Math.abs(d.edgeMinutes[1] - (d.edgeKm[1] / 30) * 60) < 1e-9, 'residential without maxspeed: 30 km/h');
    assert.ok(Math.abs(d.edgeMinutes[3] - 40) < 1e-9, 'ferry: 25 minutes crossing + 15 wait');
    assert.deepEqual([...d.edgeClass], [0, 3, 2, 3]);
    assert.deepEqual(r.value.skipped, { 'highway=footway': 1, 'route=ferry for passengers only': 1, 'closed to cars (access/motor_vehicle/motorcar)': 1 });
    assert.equal(parseMaxspeed('30 mph'), 30 * 1.609344);
    assert.equal(parseDuration('1:30:30'), 90.5);
    assert.equal(parseDuration('soon'), null);
  });

  it('names file, feature and field for what it refuses', () => {
    const text = fc([
      line([[10, 60], [10.01, 60]], { oneway: 'B', drivetime_fw: 'fast', drivetime_bw: 1 }),
      { type: 'Feature', properties: { oneway: 'B', drivetime_fw: 1, drivetime_bw: 1 }, geometry: { type: 'Point', coordinates: [10, 60] } },
      line([[300, 60], [10, 60]], { oneway: 'B', drivetime_fw: 1, drivetime_bw: 1 }),
      line([[10, 60], [10.01, 60]], { oneway: 'X', drivetime_fw: 1, drivetime_bw: 1 }),
    ]);
    const r = parseRoadNetworkGeoJson(text, 'links.geojson', { ferryWaitMinutes: 15 });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.error.map((i) => `${i.file}:${i.feature}:${i.field}:${i.code}`),
      ['links.geojson:1:drivetime_fw:not-a-number', 'links.geojson:2:geometry:invalid-value', 'links.geojson:3:geometry:out-of-range', 'links.geojson:4:oneway:invalid-value'],
    );
    assert.match(r.error[0].message, /^links\.geojson, objekt 1, felt «drivetime_fw»: «fast» er ikke en tid i minutter/);
  });

  it('refuses projected coordinates, an unknown attribute set, and what is not a FeatureCollection', () => {
    const utm = parseRoadNetworkGeoJson(fc([line([[10, 60], [10.01, 60]], { highway: 'primary' })], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } } }), 'utm.geojson', { ferryWaitMinutes: 15 });
    assert.ok(!utm.ok);
    assert.match(utm.error[0].message, /EPSG::25833.*ogr2ogr -t_srs EPSG:4326/);
    const other = parseRoadNetworkGeoJson(fc([line([[10, 60], [10.01, 60]], { SPEED: 50, NAME: 'x' })]), 'other.geojson', { ferryWaitMinutes: 15 });
    assert.ok(!other.ok);
    assert.equal(other.error[0].code, 'missing-column');
    assert.match(other.error[0].message, /fant verken NVDB Ruteplan-attributter/);
    const bad = parseRoadNetworkGeoJson('{"type":"Feature"}', 'one.geojson', { ferryWaitMinutes: 15 });
    assert.ok(!bad.ok);
    const broken = parseRoadNetworkGeoJson('{"type":', 'broken.geojson', { ferryWaitMinutes: 15 });
    assert.ok(!broken.ok);
    assert.equal(broken.error[0].code, 'unreadable');
  });
});
