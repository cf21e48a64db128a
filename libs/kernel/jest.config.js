import { jestProject } from '../../jest.preset.js';
export default jestProject('kernel', import.meta.dirname);
