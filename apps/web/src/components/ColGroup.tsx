/** A table's column group: one `<col>` per class, in order (the widths the screen's CSS gives them). */
export function ColGroup({ classes }: { classes: readonly string[] }) {
  return (
    <colgroup>
      {classes.map((c, i) => (
        <col key={i} className={c} />
      ))}
    </colgroup>
  );
}
