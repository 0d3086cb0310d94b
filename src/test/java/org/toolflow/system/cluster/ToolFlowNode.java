package org.toolflow.system.cluster;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.ToolFlowApplication;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/** One ToolFlow node in this JVM, started as an operator starts one: profile postgres, job executor on. */
final class ToolFlowNode implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "cluster-admin-secret";

  private final String name;
  private final ConfigurableApplicationContext context;

  private ToolFlowNode(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  static ToolFlowNode start(String name, String jdbcUrl, String... moreArguments) {
    ConfigurableApplicationContext context = application().run(arguments(name, jdbcUrl, moreArguments));
    String engineName = context.getBean(ProcessEngine.class).getName();
    if (!engineName.equals(name)) {
      context.close();
      throw new IllegalArgumentException("engine name " + name + " was not taken, the engine is " + engineName);
    }
    return new ToolFlowNode(name, context);
  }

  /** ToolFlow itself plus the probe's delegate, which stands for an outside call. */
  static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(ToolFlowApplication.class)
        .web(WebApplicationType.SERVLET)
        .initializers(context -> ((GenericApplicationContext) context)
            .registerBean(ProbeCallDelegate.BEAN_NAME, ProbeCallDelegate.class));
  }

  /**
   * What differs between nodes is only the engine name (several engines share one test JVM; Camunda ignores
   * names with a hyphen, so names are like {@code nodeA}); the lock owner of
   * the job executor is generated per node. Nodes poll for jobs every second at most, since a job created on
   * another node sends no hint to this one.
   */
  static String[] arguments(String name, String jdbcUrl, String... moreArguments) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + EmbeddedPostgresServer.ROLE,
        "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
        "--spring.datasource.hikari.data-source-properties.ApplicationName=" + applicationName(name),
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--toolflow.admin.user=" + ADMIN,
        "--toolflow.admin.password=" + ADMIN_PASSWORD,
        "--toolflow.admin.data-dir=target/cluster-nodes/" + name,
        "--" + ProbeCallDelegate.NODE_NAME + "=" + name));
    arguments.addAll(List.of(moreArguments));
    return arguments.toArray(String[]::new);
  }

  /** How the node's database sessions are named in pg_stat_activity. */
  static String applicationName(String nodeName) {
    return "toolflow-" + nodeName;
  }

  EngineRest rest() {
    return new EngineRest(port(), name);
  }

  /** Starts the instances in one transaction: all their first jobs appear in the database at once. */
  void startAtOnce(String processKey, String batch, int instances) {
    RuntimeService runtimeService = context.getBean(RuntimeService.class);
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      for (int i = 0; i < instances; i++) {
        runtimeService.startProcessInstanceByKey(processKey, batch + i);
      }
    });
  }

  /** A bean of this node, for a test that acts as one part of ToolFlow on this node would. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  boolean isRunning() {
    return context.isActive();
  }

  /** A graceful stop: running jobs finish, the context closes. */
  @Override
  public void close() {
    context.close();
  }
}
