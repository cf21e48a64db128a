import { jestProject } from '../../jest.preset.js';
export default jestProject('planning-domain', import.meta.dirname);
