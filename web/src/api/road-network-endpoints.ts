import { Check } from 'typebox/value';
import { RoadNetworkCreditsSchema, type RoadNetworkCredits } from '../../../src/contract/road-network.js';
import { ApiShapeError } from './decode.js';
import { apiUrl } from './http.js';
import type { ApiRequest } from './use-api.js';

/** The road network behind the driving times and every imported one, for the credits. */
export const roadNetworksRequest: ApiRequest<RoadNetworkCredits> = {
  url: apiUrl('/road-networks'),
  decode: (body) => {
    if (Check(RoadNetworkCreditsSchema, body)) return body;
    throw new ApiShapeError('Vegnettene: the answer does not have the shape the API documents');
  },
};
