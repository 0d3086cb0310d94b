package org.toolflow.system.cluster;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTicket;
import org.toolflow.integration.rt.RtTicketRequest;
import org.toolflow.integration.rt.RtTickets;

/**
 * An outside call as ToolFlow's processes make it: an RT ticket through the journaled port (a dry run, since no
 * RT is configured). Every run of the job is logged with the answer it got, in its own transaction, so the test
 * sees runs that the job's rollback would hide: a run that replayed the journal got the first run's ticket.
 */
class ProbeCallDelegate implements JavaDelegate {

  static final String BEAN_NAME = "probeCallDelegate";
  static final String NODE_NAME = "toolflow.test.node-name";
  static final String HANG_AFTER_CALL = "toolflow.test.probe-hangs-after-call";
  static final String HANG_BEFORE_CALL = "toolflow.test.probe-hangs-before-call";
  static final RtTicketRequest REQUEST =
      new RtTicketRequest("Requirements", "Cluster probe", "Probe", "probe@example.org", 2, Map.of());

  private final RtTickets rt;
  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final String node;
  private final boolean hangAfterCall;
  private final boolean hangBeforeCall;

  ProbeCallDelegate(RtTickets rt, DataSource dataSource, PlatformTransactionManager transactionManager,
      Environment environment) {
    this.rt = rt;
    this.jdbc = JdbcClient.create(dataSource);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.node = environment.getRequiredProperty(NODE_NAME);
    this.hangAfterCall = environment.getProperty(HANG_AFTER_CALL, Boolean.class, false);
    this.hangBeforeCall = environment.getProperty(HANG_BEFORE_CALL, Boolean.class, false);
  }

  @Override
  public void execute(DelegateExecution execution) throws InterruptedException {
    ActionContext context = ActionContext.of(execution);
    if (hangBeforeCall) {
      // The node took the job and started it, but never gets to the call: its lock is all that is left of it.
      new CountDownLatch(1).await();
    }
    RtTicket ticket = rt.create(context, REQUEST);
    ownTransaction.executeWithoutResult(status -> jdbc
        .sql("INSERT INTO probe_run (idempotency_key, business_key, node, ticket_id) VALUES (?, ?, ?, ?)")
        .params(context.idempotencyKey(), execution.getProcessBusinessKey(), node, ticket.id()).update());
    execution.setVariable("rtTicketId", ticket.id());
    if (hangAfterCall) {
      // RT answered, but the node never gets further: the job stays in flight until the node is killed.
      new CountDownLatch(1).await();
    }
  }
}
