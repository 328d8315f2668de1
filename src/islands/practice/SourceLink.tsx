/** A source named with its publisher and the date its page was read, linked. */
export interface SourceInfo {
  id: string;
  publisher: string;
  title: string;
  url: string;
  asOf?: string | undefined;
}

export function SourceLink({ source }: { source: SourceInfo }) {
  return (
    <>
      <a href={source.url}>{source.publisher}</a>, “{source.title}”{source.asOf ? `, as of ${source.asOf}` : ''}
    </>
  );
}
