import { jestProject } from '../../jest.preset.js';
export default jestProject('eventstore', import.meta.dirname);
