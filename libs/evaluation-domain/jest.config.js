import { jestProject } from '../../jest.preset.js';
export default jestProject('evaluation-domain', import.meta.dirname);
