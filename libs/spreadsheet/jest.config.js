import { jestProject } from '../../jest.preset.js';
export default jestProject('spreadsheet', import.meta.dirname);
