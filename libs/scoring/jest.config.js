import { jestProject } from '../../jest.preset.js';
export default jestProject('scoring', import.meta.dirname);
