import fs from 'node:fs';
import path from 'node:path';
import { asyncApiDocument, asyncApiText, integrationEventJsonSchema } from './asyncapi.js';
import { EventCatalog, knownVersions, type IntegrationEventType } from './catalog.js';

const COMMITTED = path.resolve(import.meta.dirname, '../../../docs/events/asyncapi.json');

describe('docs/events/asyncapi.json', () => {
  it('is what the catalog generates (regenerate: node libs/contracts/dist/asyncapi.cli.js --out docs/events/asyncapi.json)', () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(asyncApiText());
  });

  it('describes every known version of every type, on its topic', () => {
    const doc = asyncApiDocument() as {
      channels: Record<string, { address: string; messages: Record<string, unknown> }>;
      components: { messages: Record<string, { payload: { schema: { properties: Record<string, { const?: unknown }> } } }> };
    };
    for (const type of Object.keys(EventCatalog) as IntegrationEventType[]) {
      for (const version of knownVersions(type)) {
        const id = `${type}.v${version}`;
        const channel = Object.values(doc.channels).find((c) => c.address === EventCatalog[type].topic)!;
        expect(channel.messages[id]).toEqual({ $ref: `#/components/messages/${id}` });
        const props = doc.components.messages[id]!.payload.schema.properties;
        expect([props['type']!.const, props['schemaVersion']!.const]).toEqual([type, version]);
      }
    }
    expect(Object.keys(doc.components.messages)).toContain('measurement.realization-recorded.v1');
  });

  it('carries the field rules of the zod schemas (required fields, decimal pattern, enums)', () => {
    const schema = integrationEventJsonSchema('measurement.budget-realization-recorded', 1) as {
      properties: { data: { required: string[]; properties: Record<string, { pattern?: string; enum?: string[] }> } };
    };
    const data = schema.properties.data;
    expect(data.required).toEqual(expect.arrayContaining(['amount', 'cumulativeAmount', 'afterLock']));
    expect(new RegExp(data.properties['amount']!.pattern!).test('287500000.5')).toBe(true);
    expect(new RegExp(data.properties['amount']!.pattern!).test('2,5')).toBe(false);
    expect(data.properties['period']!.enum).toContain('M12');
    expect(() => integrationEventJsonSchema('measurement.budget-realization-recorded', 2)).toThrow(/no version 2/);
  });
});
