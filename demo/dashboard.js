// Each timeline reacts to the others' selections: selecting an event in one shows its
// time in the others (and selects it where it exists). Guarded so echoes stop.
const timelines = [...document.querySelectorAll('event-timeline')];
for (const source of timelines) {
  source.addEventListener('timeline-select', event => {
    const { id, event: selected } = event.detail;
    if (id === null) return;
    for (const other of timelines) {
      if (other === source) continue;
      if (other.events.some(e => String(e.id) === String(id))) other.select(id);
      const start = new Date(selected.earliest);
      const end = new Date(selected.latest);
      const span = Math.max(end - start, 86_400_000) * 3;
      other.zoomTo(new Date(+start - span / 2), new Date(+end + span / 2));
    }
  });
}
