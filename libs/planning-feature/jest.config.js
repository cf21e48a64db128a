import { jestProject } from '../../jest.preset.js';
export default jestProject('planning-feature', import.meta.dirname);
