import { jestProject } from '../../jest.preset.js';
export default jestProject('embedded', import.meta.dirname, { testTimeout: 60_000 });
