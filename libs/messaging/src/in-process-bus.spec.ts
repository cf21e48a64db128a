import { createInProcessBus, type InProcessBus } from './in-process-bus.js';
import { describeBusConformance } from './bus-conformance.test-helpers.js';

let bus: InProcessBus;
beforeAll(() => {
  bus = createInProcessBus();
});
afterAll(() => bus.close());

describeBusConformance('in-process bus', () => bus);
