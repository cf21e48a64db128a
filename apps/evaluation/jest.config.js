import { jestProject } from '../../jest.preset.js';
export default jestProject('evaluation', import.meta.dirname);
