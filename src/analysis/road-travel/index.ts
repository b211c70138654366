export { roadNetworkTravel, DEFAULT_ACCESS_CIRCUITY, DEFAULT_ACCESS_SPEED_KMH, DEFAULT_MAX_SNAP_KM } from './road-travel-model.js';
export type { RoadNetworkInfo, RoadTravelParams } from './road-travel-model.js';
export { measureCircuity, circuityTableOf, CIRCUITY_BAND_EDGES_KM, CIRCUITY_REGIONS } from './measure-circuity.js';
export type { CircuityMeasurement, CircuityOptions, CircuityStats } from './measure-circuity.js';
export { comparePublished, summariseFit, tuneRoadSpeeds } from './calibrate.js';
export type { FitSummary, PairComparison, SpeedTuningResult, SpeedTuningSpace } from './calibrate.js';
export { parsePublishedDrivingTimes, parseCalibrationTowns } from './published-driving-times.js';
export type { PublishedDrivingTime, CalibrationTown } from './published-driving-times.js';
