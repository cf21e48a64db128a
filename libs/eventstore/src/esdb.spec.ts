import { describe, expect, it } from '@jest/globals';
import { describeEventStoreConformance } from './conformance.js';
import { createEventStoreDbStore } from './esdb.js';

const url = process.env.EVENTSTORE_URL;

if (!url) {
  console.warn(
    'EventStoreDB conformance suite NOT RUN: EVENTSTORE_URL is not set. ' +
      'Run it with: docker compose up eventstore && EVENTSTORE_URL=esdb://localhost:2113?tls=false npx nx test @capaian/eventstore',
  );
}

describeEventStoreConformance('eventstoredb', (opts) => createEventStoreDbStore({ connectionString: url ?? '', ...opts }), undefined, { skip: !url });

describe('EventStoreDB adapter (no server needed)', () => {
  it('loads the client lazily and builds a store without connecting', async () => {
    const store = await createEventStoreDbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' });
    expect(store.kind).toBe('eventstoredb');
    await store.close();
  });
});
