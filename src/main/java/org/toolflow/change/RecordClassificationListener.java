package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;

/** When the classification table has decided (its flow is taken): class and default priority go into the record. */
@Component
class RecordClassificationListener implements ExecutionListener {

  private final ChangeRecords records;

  RecordClassificationListener(ChangeRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object priority = execution.getVariable(Vars.PRIORITY);
    records.classify(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.CHANGE_CLASS),
        priority == null ? null : ((Number) priority).intValue());
  }
}
