package org.toolflow.integration.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.integration.ActionContext;

/**
 * Makes every outside action idempotent and journaled: before acting it looks the action's idempotency key up
 * in the journal and, when found, returns the recorded answer without calling the system again; after a
 * successful call it records the request and the answer.
 *
 * <p>Why the record is written in its own short transaction (REQUIRES_NEW) and not in the job's: the remote
 * system commits the moment it answers, whatever happens to the job afterwards. If the record joined the
 * engine's transaction, anything that rolls the job back after the call (a later exception in the delegate,
 * an OptimisticLockingException when another node took over the job after a lost lock, a crash before the
 * engine commits) would also erase the record, and the retry would open a second ticket or send a second
 * mail. Committed on its own, the record survives the job's rollback, and the retry replays the answer,
 * which is true: the remote system did act. What remains is the gap between the remote answer and this
 * commit (milliseconds); a crash exactly there can repeat the call. Failed calls are not recorded, so they are
 * retried. Two executions racing past the look-up both act; the unique key lets only one record in, the
 * other logs a warning and returns the recorded answer so the process goes on with one identifier.
 */
@Component
public class Journaling {

  private static final Logger LOG = LoggerFactory.getLogger(Journaling.class);
  private static final int MAX_TEXT = 8000;

  private final ActionJournal journal;
  private final ObjectMapper json;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final OutsideCallMetrics metrics;

  Journaling(ActionJournal journal, ObjectMapper json, PlatformTransactionManager transactionManager,
      OutsideCallMetrics metrics, Clock clock) {
    this.journal = journal;
    this.metrics = metrics;
    this.json = json;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** An action with an answer the process keeps (a ticket, an edit): done once per idempotency key. */
  public <T> T perform(OutsideAction action, Class<T> answerType, Supplier<T> call) {
    Optional<JournalEntry> done = alreadyDone(action);
    if (done.isPresent()) {
      return fromJson(done.get().answer(), answerType);
    }
    T answer = metrics.time(action, call);
    String answerJson = toJson(answer);
    if (answerJson.length() > MAX_TEXT) {
      throw new IllegalStateException("the answer of " + action.operation() + " is too long to be replayed");
    }
    JournalEntry recorded = record(action, answerJson);
    return recorded.answer().equals(answerJson) ? answer : fromJson(recorded.answer(), answerType);
  }

  /** An action without an answer (a comment, a status change, a mail): done once per idempotency key. */
  public void perform(OutsideAction action, Runnable call) {
    if (alreadyDone(action).isPresent()) {
      return;
    }
    metrics.time(action, () -> {
      call.run();
      return null;
    });
    record(action, "\"done\"");
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

  private Optional<JournalEntry> alreadyDone(OutsideAction action) {
    String key = keyOf(action);
    if (key == null) {
      return Optional.empty();
    }
    Optional<JournalEntry> done = journal.findByKey(action.system(), key);
    done.ifPresent(entry -> LOG.info("{} {} was already done under key {} (journal entry {}); not acting again",
        action.system(), action.operation(), key, entry.id()));
    return done;
  }

  private JournalEntry record(OutsideAction action, String answer) {
    ActionContext context = action.context();
    String key = keyOf(action);
    try {
      return ownTransaction.execute(status -> journal.append(action.system(), action.operation(),
          cut(action.target(), 500), cut(requestText(action.request()), MAX_TEXT), cut(answer, MAX_TEXT), key,
          action.dryRun(), context == null ? null : context.processInstanceId(),
          context == null ? null : context.activityId(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    } catch (DuplicateKeyException raced) {
      JournalEntry first = journal.findByKey(action.system(), key).orElseThrow(() -> raced);
      LOG.warn("{} {} under key {} ran twice at the same time; the outside system may have acted twice. "
          + "Keeping the first answer {}, this run got {}", action.system(), action.operation(), key,
          first.answer(), answer);
      return first;
    }
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

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
