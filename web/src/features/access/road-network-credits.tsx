import { useApi } from '../../api/use-api.js';
import { roadNetworksRequest } from '../../api/road-network-endpoints.js';
import { ResourceView } from '../../components/resource-view.js';

/** The credits of the road data behind the driving times: the network in use and the imported ones, from the API. */
export function RoadNetworkCredits() {
  const networks = useApi(roadNetworksRequest);
  return (
    <ResourceView resource={networks} loadingLabel="Laster vegdataene …">
      {(n) => (
        <ul aria-label="Vegdata">
          {n.current ? (
            <li>
              Kjøretider: vegnettet «{n.current.source}», versjon {n.current.version}. {n.current.terms}.
            </li>
          ) : (
            <li>Kjøretider: ikke noe vegnett er lastet; reisetidene er beregnet i luftlinje.</li>
          )}
          {n.imported.map((i) => (
            <li key={i.version}>
              Importert vegnett {i.version} ({i.format}, {i.importedAt.slice(0, 10)}): {i.source}. {i.terms}.
            </li>
          ))}
        </ul>
      )}
    </ResourceView>
  );
}
