import { jestProject } from '../../jest.preset.js';
export default jestProject('demo-data', import.meta.dirname);
