export { parseRoadNetworkCsv } from './parse-road-csv.js';
export type { RoadCsvFiles, RoadCsvOptions } from './parse-road-csv.js';
export { parseRoadNetworkGeoJson, parseMaxspeed, parseDuration, OSM_DEFAULT_SPEEDS_KMH } from './parse-road-geojson.js';
export type { RoadGeoJsonOptions, RoadGeoJsonProfile, RoadGeoJsonResult } from './parse-road-geojson.js';
