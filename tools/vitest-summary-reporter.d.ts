export default class VitestSummaryReporter {
  constructor(name?: string);
}
