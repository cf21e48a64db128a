import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SetDocumentHandler, type Clock } from '@capaian/platform';
import { RecordBudgetRealizationController } from './budget/record-budget-realization/record-budget-realization.controller.js';
import { RecordBudgetRealizationHandler } from './budget/record-budget-realization/record-budget-realization.handler.js';
import { MeasurementRelay } from './integration/measurement-relay.js';
import { LockPeriodController } from './periods/lock-period/lock-period.controller.js';
import { ChangePeriodLockHandler } from './periods/lock-period/lock-period.handler.js';
import { PlanView } from './plan-view/plan-view.js';
import { ChangeRealizationHandler } from './realizations/change-realization.js';
import { CorrectRealizationController } from './realizations/correct-realization/correct-realization.controller.js';
import { GetPlanKpiController } from './realizations/get-plan-kpi/get-plan-kpi.controller.js';
import { RealizationIndex } from './realizations/index/realization-index.js';
import { ListRealizationsController } from './realizations/list-realizations/list-realizations.controller.js';
import { RealizationWriter } from './realizations/realization-writer.js';
import { RecordBatchController } from './realizations/record-batch/record-batch.controller.js';
import { RecordBatchHandler } from './realizations/record-batch/record-batch.handler.js';
import { RecordRealizationController } from './realizations/record-realization/record-realization.controller.js';
import { RealizationSpreadsheetController } from './realizations/spreadsheet-io/realization-spreadsheet.controller.js';
import { ReviewRealizationController } from './realizations/review-realization/review-realization.controller.js';
import { ReportingPolicyController } from './reporting-policy/set-reporting-policy/reporting-policy.controller.js';
import { IssueRemindersController } from './reminders/issue-reminders/issue-reminders.controller.js';
import { IssueRemindersHandler } from './reminders/issue-reminders/issue-reminders.handler.js';
import { ReminderIssuer } from './reminders/issue-reminders/reminder-issuer.js';

export interface MeasurementOptions {
  /** Where "now" comes from (default: the system clock); the service core provides it as CLOCK. */
  clock?: Clock;
}

@Module({})
export class MeasurementModule {
  static register(): DynamicModule {
    return {
      module: MeasurementModule,
      imports: [CqrsModule.forRoot()],
      // Fixed paths (batch) before parameterised ones (/realizations/:kpiId/...).
      controllers: [
        RecordBatchController,
        RealizationSpreadsheetController,
        RecordRealizationController,
        CorrectRealizationController,
        ReviewRealizationController,
        ListRealizationsController,
        GetPlanKpiController,
        LockPeriodController,
        RecordBudgetRealizationController,
        IssueRemindersController,
        ReportingPolicyController,
      ],
      providers: [
        PlanView,
        RealizationIndex,
        RealizationWriter,
        ChangeRealizationHandler,
        RecordBatchHandler,
        RecordBudgetRealizationHandler,
        ChangePeriodLockHandler,
        IssueRemindersHandler,
        ReminderIssuer,
        MeasurementRelay,
        SetDocumentHandler,
      ],
    };
  }
}
