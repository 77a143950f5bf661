import type { SourceLine } from '@/lib/record';

/** The Source line verbatim, and below it the parts Dossier split out of it. */
export function SourceParts({ source }: { source: SourceLine }) {
  const parts: Array<[string, string]> = [];
  const a = source.archive;
  // Full names on the site often end with the abbreviation already: "… Russian Federation (AVP RF)".
  if (a) parts.push(['Archive', a.name ? (a.name.includes(a.abbreviation) ? a.name : `${a.name} (${a.abbreviation})`) : a.abbreviation]);
  if (source.reference) parts.push(['Reference', source.reference]);
  if (source.pages) parts.push(['Pages', source.pages]);
  if (source.obtainedBy?.length) parts.push(['Obtained by', source.obtainedBy.join(', ')]);
  if (source.translatedBy?.length) parts.push(['Translated by', source.translatedBy.join(', ')]);
  return (
    <div class="source">
      <p>
        <span class="label">Source</span> {source.text}
      </p>
      {parts.length > 0 && (
        <dl class="parts" data-testid="source-parts">
          {parts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function names(list: Array<{ family?: string; given?: string; literal?: string }> | undefined): string | undefined {
  if (!list?.length) return undefined;
  return list.map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).join('; ');
}
