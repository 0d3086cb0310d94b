package org.toolflow.integration.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.ActionClaims.Claim;

/**
 * Makes every outside action with an idempotency key happen once, as seen from outside, and journals it.
 *
 * <p>Before calling, the action's intent is committed in a transaction of its own (a journal row without answer,
 * held by this attempt until its lease ends: the job's lock expiry). The unique key makes that row a lock: a second
 * execution racing past finds it and does not call ({@link ActionInProgressException}: its job runs again when the
 * holder's lease has ended, see {@link WaitForTheHolder}); one that finds the action answered replays the answer.
 * After the call the answer is written into the row, again in its own transaction, so
 * a job rolled back afterwards (an exception, a lost lock, a crash before the engine commits) finds it on its retry.
 *
 * <p>A crash between the remote answer and that commit leaves an intent without answer. When its lease has run out
 * (the dead node's job lock expired), the retry takes the intent over and first asks the outside system what the
 * first attempt did ({@code lookup}: the RT ticket, Zammad ticket or wiki revision carrying the action's mark); only
 * when nothing is found does it call again. A call that failed releases its lease at once and keeps the intent,
 * since a timeout may hide an action that happened. Actions without a look-up (a comment, a mail: SMTP cannot be
 * asked) are repeated after such a crash; see README, Connectors.
 */
@Component
public class Journaling {

  private static final Logger LOG = LoggerFactory.getLogger(Journaling.class);
  static final int MAX_TEXT = 8000;
  static final int MAX_TARGET = 500;
  private static final String DONE = "\"done\"";

  private final ActionJournal journal;
  private final ActionClaims claims;
  private final ObjectMapper json;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Duration lockTime;
  private final OutsideCallMetrics metrics;
  private volatile Consumer<OutsideAction> beforeRecording = action -> { };

  Journaling(ActionJournal journal, ActionClaims claims, ObjectMapper json, PlatformTransactionManager transactionManager,
      OutsideCallMetrics metrics, Clock clock,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
    this.journal = journal;
    this.metrics = metrics;
    this.claims = claims;
    this.json = json;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.lockTime = Duration.ofMillis(lockTimeMillis);
  }

  /** An action with an answer the process keeps (a ticket, an edit): done once per idempotency key. */
  public <T> T perform(OutsideAction action, Class<T> answerType, Supplier<T> call) {
    return perform(action, answerType, call, Optional::empty);
  }

  /**
   * As {@link #perform(OutsideAction, Class, Supplier)}; {@code lookup} finds in the outside system what an attempt
   * that died before recording did, so that a retry does not do it again.
   */
  public <T> T perform(OutsideAction action, Class<T> answerType, Supplier<T> call, Supplier<Optional<T>> lookup) {
    String answer = act(action, () -> checkedJson(action, call.get()), () -> lookup.get().map(this::toJson));
    return fromJson(answer, answerType);
  }

  /** An action without an answer (a comment, a status change, a mail): done once per idempotency key. */
  public void perform(OutsideAction action, Runnable call) {
    act(action, () -> {
      call.run();
      return DONE;
    }, Optional::empty);
  }

  /** A read: never replayed (the outside world may have changed), journaled with a short description. */
  public <T> T read(OutsideAction action, Supplier<T> call, Function<T, String> describe) {
    T answer = metrics.time(action, call);
    record(action, describe.apply(answer));
    return answer;
  }

  /** An identifier for an object a dry run pretends to create; it says what it is. */
  public String dryRunId() {
    return "dry-run-" + journal.nextDryRunNumber();
  }

  /** Test seam: runs between the outside system's answer and the journal's commit, where a crash does most harm. */
  public void beforeRecording(Consumer<OutsideAction> hook) {
    this.beforeRecording = hook == null ? action -> { } : hook;
  }

  private String act(OutsideAction action, Supplier<String> call, Supplier<Optional<String>> lookup) {
    String key = keyOf(action);
    if (key == null) {
      String answer = metrics.time(action, call);
      beforeRecording.accept(action);
      return record(action, answer).answer();
    }
    Claim claim = claims.claim(action, key, cut(requestText(action.request()), MAX_TEXT), leaseUntil());
    if (claim.done()) {
      LOG.info("{} {} was already done under key {} (journal entry {}); not acting again",
          action.system(), action.operation(), key, claim.id());
      return claim.answer();
    }
    if (claim.takenOver()) {
      Optional<String> found = holding(claim, lookup);
      if (found.isPresent()) {
        LOG.warn("{} {} under key {}: an earlier attempt died before recording; {} shows it acted: {}",
            action.system(), action.operation(), key, action.system(), found.get());
        return claims.complete(claim, action, key, found.get());
      }
      LOG.warn("{} {} under key {}: an earlier attempt died before recording and left no trace that can be found; "
          + "acting again", action.system(), action.operation(), key);
    }
    String answer = holding(claim, () -> metrics.time(action, call));
    beforeRecording.accept(action);
    return claims.complete(claim, action, key, answer);
  }

  // A look-up or call that failed gives the lease back, so the job's retry need not wait for it to run out.
  private <T> T holding(Claim claim, Supplier<T> remote) {
    try {
      return remote.get();
    } catch (RuntimeException failed) {
      claims.release(claim);
      throw failed;
    }
  }

  // A job's lock says how long no other node runs it; outside a job, the same length from now.
  private OffsetDateTime leaseUntil() {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    if (job != null && job.getLockExpirationTime() != null) {
      return job.getLockExpirationTime().toInstant().atOffset(ZoneOffset.UTC);
    }
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plus(lockTime);
  }

  private JournalEntry record(OutsideAction action, String answer) {
    ActionContext context = action.context();
    String key = keyOf(action);
    return ownTransaction.execute(status -> journal.append(action.system(), action.operation(),
        cut(action.target(), MAX_TARGET), cut(requestText(action.request()), MAX_TEXT), cut(answer, MAX_TEXT), key,
        action.dryRun(), context == null ? null : context.processInstanceId(),
        context == null ? null : context.activityId(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
  }

  private String checkedJson(OutsideAction action, Object answer) {
    String answerJson = toJson(answer);
    if (answerJson.length() > MAX_TEXT) {
      throw new IllegalStateException("the answer of " + action.operation() + " is too long to be replayed");
    }
    return answerJson;
  }

  private static String keyOf(OutsideAction action) {
    return action.context() == null ? null : action.context().idempotencyKey();
  }

  private String requestText(Object request) {
    return request == null || request instanceof String ? (String) request : toJson(request);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T fromJson(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the journal's answer cannot be read as " + type.getSimpleName() + ": " + text, e);
    }
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
