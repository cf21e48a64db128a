import { jestProject } from '../../jest.preset.js';
export default jestProject('ddd', import.meta.dirname);
