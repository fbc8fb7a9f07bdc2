// The room a chart takes while its library loads, so that the page does not jump when it arrives.
export function ChartSpace() {
  return <div className="h-40 rounded border border-stone-200 bg-white" aria-hidden="true" />
}
