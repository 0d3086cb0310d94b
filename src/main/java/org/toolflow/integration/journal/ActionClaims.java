package org.toolflow.integration.journal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intent row of a keyed action is its lock: inserting it (unique system and key) lets one execution in. Every
 * change is committed in a transaction of its own, so it holds whatever becomes of the job that made it.
 */
@Component
class ActionClaims {

  private final ActionJournal journal;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  ActionClaims(ActionJournal journal, PlatformTransactionManager transactionManager, Clock clock) {
    this.journal = journal;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Claims the action for this attempt until {@code leaseUntil}. Answers the recorded answer when the action was
   * done, a claim {@link Claim#takenOver()} when an earlier attempt left an intent without answer whose lease ran out,
   * and throws {@link ActionInProgressException} when another attempt holds a lease that still runs.
   */
  Claim claim(OutsideAction action, String key, String request, OffsetDateTime leaseUntil) {
    String attempt = UUID.randomUUID().toString();
    String target = Journaling.cut(action.target(), Journaling.MAX_TARGET);
    try {
      long id = inOwnTransaction(() -> journal.insertIntent(action.system(), action.operation(), target, request, key,
          action.dryRun(), processInstanceId(action), activityId(action), now(), attempt, leaseUntil));
      return new Claim(id, attempt, null, false);
    } catch (DuplicateKeyException exists) {
      // PostgreSQL aborts a transaction at its first error, so the look-up runs in a transaction of its own.
      Intent found = inOwnTransaction(() -> journal.findIntent(action.system(), key)).orElseThrow(() -> exists);
      if (found.answered()) {
        return new Claim(found.id(), found.attemptId(), found.answer(), false);
      }
      OffsetDateTime now = now();
      boolean abandoned = found.leaseUntil() == null || !found.leaseUntil().isAfter(now);
      if (abandoned && inOwnTransaction(() -> journal.takeOver(found.id(), found.attemptId(), attempt, leaseUntil))) {
        return new Claim(found.id(), attempt, null, true);
      }
      throw new ActionInProgressException(action.system() + " " + action.operation() + " under key " + key
          + " is being done by another execution (until " + found.leaseUntil() + "); this one does not act",
          found.leaseUntil());
    }
  }

  /** The call failed: its lease ends now, and the intent stays, since the outside system may have acted anyway. */
  void release(Claim claim) {
    inOwnTransaction(() -> {
      journal.release(claim.id(), claim.attemptId(), now());
      return null;
    });
  }

  /** Records the answer; when another attempt answered first, its answer is the one that counts. */
  String complete(Claim claim, OutsideAction action, String key, String answer) {
    boolean first = inOwnTransaction(() -> journal.complete(claim.id(), answer, now()));
    if (first) {
      return answer;
    }
    return inOwnTransaction(() -> journal.findIntent(action.system(), key)).map(Intent::answer)
        .orElseThrow(() -> new IllegalStateException("the journal entry " + claim.id() + " disappeared"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }

  private static String processInstanceId(OutsideAction action) {
    return action.context() == null ? null : action.context().processInstanceId();
  }

  private static String activityId(OutsideAction action) {
    return action.context() == null ? null : action.context().activityId();
  }

  /** This attempt's hold on an action; {@code answer} is set when the action was already done. */
  record Claim(long id, String attemptId, String answer, boolean takenOver) {

    boolean done() {
      return answer != null;
    }
  }
}
