import { jestProject } from '../../jest.preset.js';
export default jestProject('measurement-domain', import.meta.dirname);
