import { jestProject } from "../jest.preset.js";
export default jestProject("e2e", import.meta.dirname, { testMatch: ["<rootDir>/test/**/*.e2e-spec.ts"], testTimeout: 120000 });
