package org.toolflow.system.cluster;

import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.integration.ActionContext;

/**
 * Stands for a call to an outside system guarded by a journal: every run of the job is logged, the call is
 * made only if no call with the same idempotency key was made before. Both are committed at once in their
 * own transaction, because an outside call is not undone when the job's transaction rolls back.
 */
class ProbeCallDelegate implements JavaDelegate {

  static final String BEAN_NAME = "probeCallDelegate";
  static final String NODE_NAME = "toolflow.test.node-name";
  static final String HANG_AFTER_CALL = "toolflow.test.probe-hangs-after-call";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate outsideTransaction;
  private final String node;
  private final boolean hangAfterCall;

  ProbeCallDelegate(DataSource dataSource, PlatformTransactionManager transactionManager, Environment environment) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.outsideTransaction = new TransactionTemplate(transactionManager);
    this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.node = environment.getRequiredProperty(NODE_NAME);
    this.hangAfterCall = environment.getProperty(HANG_AFTER_CALL, Boolean.class, false);
  }

  @Override
  public void execute(DelegateExecution execution) throws InterruptedException {
    String key = ActionContext.of(execution).idempotencyKey();
    String businessKey = execution.getProcessBusinessKey();
    outsideTransaction.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO probe_run (idempotency_key, business_key, node) VALUES (?, ?, ?)", key, businessKey, node);
      Integer earlierCalls = jdbc.queryForObject(
          "SELECT count(*) FROM probe_call WHERE idempotency_key = ?", Integer.class, key);
      if (earlierCalls == 0) {
        jdbc.update("INSERT INTO probe_call (idempotency_key, business_key, node) VALUES (?, ?, ?)", key, businessKey, node);
      }
    });
    if (hangAfterCall) {
      // A call that never returns: the job stays in flight until the node is killed.
      new CountDownLatch(1).await();
    }
  }
}
