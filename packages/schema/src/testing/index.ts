export { generateReport, seededRandom } from './generate-report.js';
