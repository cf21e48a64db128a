import { jestProject } from '../../jest.preset.js';
export default jestProject('planning', import.meta.dirname);
