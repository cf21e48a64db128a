/**
 * Building the one UpcasterMap of a service (docs/adr/0013-event-versioning.md): each service
 * registers every upcaster of its stored events once, where its store is created; deciders,
 * projections and relays then read only the latest version of each type. Reads with
 * `{ upcast: false }` (history verification) still see the events exactly as stored.
 */
import { EventCatalog, knownVersions, parseIntegrationEvent, type IntegrationEventType } from '@capaian/contracts';
import type { RecordedEvent, Upcaster, UpcasterMap } from './port.js';

/** One step: the data of version `from` (the key) as the data of version `from + 1`. */
export type UpcastStep = (event: RecordedEvent) => unknown;

/** An upcaster that applies `steps[v]` from the event's version up, one version at a time. */
export function upcastByVersion(steps: Readonly<Record<number, UpcastStep>>): Upcaster {
  return (event) => {
    let current = event;
    while (Object.hasOwn(steps, current.schemaVersion)) {
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: steps[current.schemaVersion]!(current) };
    }
    return current;
  };
}

/**
 * Upcasters for the integration events a consumer keeps in its own store (the stored type is the
 * integration event's type, its data the whole integration event, as the intake stores it): an
 * event kept in an older version is read in the latest, as `parseIntegrationEvent` reads it.
 */
export function integrationEventUpcasters(): UpcasterMap {
  const map: UpcasterMap = {};
  for (const type of Object.keys(EventCatalog) as IntegrationEventType[]) {
    const latest = EventCatalog[type].schemaVersion;
    if (knownVersions(type).length < 2) continue;
    map[type] = (e) => (e.schemaVersion >= latest ? e : { ...e, schemaVersion: latest, data: parseIntegrationEvent(e.data) });
  }
  return map;
}

/** Merges the upcaster maps of a service; a type registered twice is a mistake (Error). */
export function mergeUpcasters(...maps: UpcasterMap[]): UpcasterMap {
  const merged: UpcasterMap = {};
  for (const map of maps) {
    for (const [type, upcaster] of Object.entries(map)) {
      if (Object.hasOwn(merged, type)) throw new Error(`Two upcasters for event type ${type}`);
      merged[type] = upcaster;
    }
  }
  return merged;
}
