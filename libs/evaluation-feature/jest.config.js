import { jestProject } from '../../jest.preset.js';
export default jestProject('evaluation-feature', import.meta.dirname);
