package org.toolflow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one ToolFlow a test run starts against the stand-ins, shared by every live test class: the first class that
 * needs it starts it, and the end of the run stops it (the root store closes it). The stand-ins are reset before
 * each class and each test, so that the stubs, requests and mails one class left behind cannot reach the next; after
 * each test nothing may have reached a stand-in that no stub expected.
 */
final class LiveRun implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

  static final String RT_QUEUE = "Tool Requirements";
  static final String RT_CATEGORY_FIELD = "Tool category";
  // Not the default: the ticket must go where the operator configured it.
  static final String RT_IN_PROGRESS = "in-development";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LiveRun.class);

  private static Started started;

  /** ToolFlow and its stand-ins, stopped together when the root store closes at the end of the run. */
  private record Started(LiveStandIns standIns, LiveToolFlow toolFlow)
      implements ExtensionContext.Store.CloseableResource {

    static Started start() {
      LiveStandIns standIns = LiveStandIns.start();
      try {
        return new Started(standIns, LiveToolFlow.againstStandIns(standIns, "--toolflow.change.rt-queue=" + RT_QUEUE,
            "--toolflow.change.rt-category-field=" + RT_CATEGORY_FIELD,
            // A queue whose lifecycle calls In progress otherwise, as an operator configures it.
            "--toolflow.rt.statuses.in-progress=" + RT_IN_PROGRESS));
      } catch (RuntimeException e) {
        standIns.close();
        throw e;
      }
    }

    @Override
    public void close() {
      LiveToolFlow.stop(toolFlow, standIns);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    started = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> Started.start(),
        Started.class);
    started.standIns().reset();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    started.standIns().reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertThat(started.standIns().unmatched()).as("requests no stub expected").isEmpty();
  }

  static LiveStandIns standIns() {
    return started.standIns();
  }

  static LiveToolFlow toolFlow() {
    return started.toolFlow();
  }
}
