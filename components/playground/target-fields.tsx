export type ComposerTarget = { slug: string; channelId: string };

/** The hidden fields every playground form carries: workspace, number and kind of message. */
export function TargetFields({ slug, channelId, kind }: ComposerTarget & { kind: string }) {
  return (
    <>
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="kind" value={kind} />
    </>
  );
}
