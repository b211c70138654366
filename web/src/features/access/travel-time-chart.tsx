import { useId } from 'react';
import type { AccessDistribution } from '../../api/access-endpoints.js';
import { formatShare } from '../../format/access-numbers.js';
import { binLabel } from './bin-label.js';

/** The drawing's own units; the SVG scales to the width it is given. */
const WIDTH = 420;
const HEIGHT = 250;
const PAD = { top: 26, right: 8, bottom: 44, left: 46 };
/** Bars within reach and beyond it; both at least 3:1 against the white background. */
const WITHIN_FILL = '#1e5a96';
const BEYOND_FILL = '#b3261e';

/** The y axis top: the largest share rounded up to whole tens of percent. */
function axisTop(largest: number): number {
  return Math.max(0.1, Math.ceil(largest * 10) / 10);
}

/**
 * The national distribution of travel times as a bar chart, one bar per bin, drawn in plain SVG.
 * The picture has one accessible name that says what it shows and where the threshold lies; each
 * bar has a tooltip (title) for sighted mouse users; the table below has every figure.
 */
export function TravelTimeChart({ distribution, tableId }: { distribution: AccessDistribution; tableId: string }) {
  const titleId = useId();
  const bins = distribution.national.bins;
  const t = distribution.thresholdMinutes;
  const top = axisTop(Math.max(0, ...bins.map((b) => b.share ?? 0)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, bins.length);
  const y = (share: number) => PAD.top + plotHeight * (1 - share / top);
  // About eight edge labels, whatever the bin width, so they never crowd at phone width.
  const labelEvery = Math.max(1, Math.round(bins.length / 8));
  const thresholdIndex = bins.findIndex((b) => b.toMinutes !== null && b.toMinutes >= t);
  const thresholdX = thresholdIndex >= 0 ? PAD.left + slot * (thresholdIndex + 1) : null;
  const within = bins.filter((b) => b.toMinutes !== null && b.toMinutes <= t).reduce((sum, b) => sum + b.population, 0);
  const label =
    `Stolpediagram: andelen av innbyggerne etter beregnet reisetid til nærmeste tjenestested, i grupper fra ${binLabel(bins[0] ?? { fromMinutes: 0, toMinutes: null })}` +
    ` til ${binLabel(bins[bins.length - 1] ?? { fromMinutes: 0, toMinutes: null })}. ` +
    `${formatShare(distribution.national.population > 0 ? within / distribution.national.population : null)} bor høyst ${t} minutter unna (blå stolper); røde stolper er lenger unna. Tallene står i tabellen under.`;

  return (
    <figure className="np-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="np-chart__svg">
        <title id={titleId}>{label}</title>
        {[0, top / 2, top].map((share) => (
          <g key={share}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(share)} y2={y(share)} stroke="#c4c4c4" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(share) + 5} textAnchor="end" fontSize={15} fill="#3d3d3d">
              {Math.round(share * 100)} %
            </text>
          </g>
        ))}
        {bins.map((b, i) => {
          const share = b.share ?? 0;
          const x = PAD.left + slot * i;
          const beyond = b.toMinutes === null || b.toMinutes > t;
          return (
            <g key={b.fromMinutes}>
              <rect x={x + 1} width={Math.max(1, slot - 2)} y={y(share)} height={PAD.top + plotHeight - y(share)} fill={beyond ? BEYOND_FILL : WITHIN_FILL}>
                <title>{`${binLabel(b)}: ${formatShare(b.share)}`}</title>
              </rect>
              {(i + 1) % labelEvery === 0 && b.toMinutes !== null && (
                <text x={x + slot} y={HEIGHT - PAD.bottom + 19} textAnchor="middle" fontSize={15} fill="#3d3d3d">
                  {b.toMinutes}
                </text>
              )}
            </g>
          );
        })}
        {thresholdX !== null && (
          <g>
            <line x1={thresholdX} x2={thresholdX} y1={PAD.top - 6} y2={PAD.top + plotHeight} stroke="#1a1a1a" strokeWidth={2} strokeDasharray="5 3" />
            <text x={thresholdX + 4} y={PAD.top - 10} fontSize={15} fill="#1a1a1a">
              Terskel {t} min
            </text>
          </g>
        )}
        <text x={PAD.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={15} fill="#3d3d3d">
          Minutter til nærmeste tjenestested
        </text>
      </svg>
      <figcaption className="np-muted">
        Andel av innbyggerne etter beregnet reisetid. Blå: høyst {t} minutter; rød: lenger. Samme tall står i{' '}
        <a href={`#${tableId}`}>tabellen over fordelingen</a>.
      </figcaption>
    </figure>
  );
}
