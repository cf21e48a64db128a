import { jestProject } from '../../jest.preset.js';
export default jestProject('measurement', import.meta.dirname);
