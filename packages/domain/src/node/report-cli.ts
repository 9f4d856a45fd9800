import { PLANS } from '../plans/index.js';
import { buildDataReport, formatDataReport } from '../report/data-report.js';

/** Prints the data report: targets per plan and per indicator. */
console.log(formatDataReport(buildDataReport(PLANS)));
