import { jestProject } from '../../jest.preset.js';
export default jestProject('measurement-feature', import.meta.dirname);
