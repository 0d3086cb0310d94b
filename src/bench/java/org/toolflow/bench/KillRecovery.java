package org.toolflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@code kill -9} in the middle of filing: clients file change requests against ToolFlow with live RT and SMTP
 * (local stand-ins); once half of them are acknowledged the server JVM is killed, then restarted on the same
 * database. Counted: changes acknowledged, acknowledged changes lost, RT tickets per change (from what the RT
 * stand-in received), mails received twice, and the time until the last step the dead node left was done.
 */
final class KillRecovery {

  private static final String PROCESS = "change-request";
  private static final String FIRST_TASK = "Task_AssessChange";
  private static final Duration SETTLE_LIMIT = Duration.ofMinutes(10);

  private final BenchSettings settings;
  private final BenchDatabase database;
  private final Path directory;

  KillRecovery(BenchSettings settings, BenchDatabase database, Path directory) {
    this.settings = settings;
    this.database = database;
    this.directory = directory;
  }

  void run(Map<String, Object> result) {
    int changes = settings.crashChanges();
    int clients = settings.maxClients();
    result.put("database", database.describe());
    Progress.say(database.name() + ": seeding the people of " + clients + " clients");
    ServerJvm.seed(settings, database, directory, List.of("--bench.tool=" + BenchSettings.TOOL,
        "--bench.password=" + BenchSettings.PASSWORD, "--bench.max-clients=" + clients,
        "--bench.review-group=" + TasklistAtScale.GROUP, "--bench.reviewer=bench-operator"));
    GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (RtStandIn rt = RtStandIn.start()) {
      List<String> connectors = List.of("--toolflow.rt.base-url=" + rt.baseUrl(), "--toolflow.rt.token=" + RtStandIn.TOKEN,
          "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort(),
          "--toolflow.mail.from=toolflow@bench.invalid");
      Map<String, Object> figures = new LinkedHashMap<>();
      result.put("killRecovery", figures);
      figures.put("changes", changes);
      figures.put("clients", clients);

      Progress.say(database.name() + ": filing " + changes + " changes with " + clients + " clients, kill -9 at "
          + changes / 2 + " acknowledged");
      List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
      long killedNanos;
      try (ServerJvm victim = ServerJvm.start(settings, database, directory, "victim", connectors)) {
        killedNanos = fileAndKill(victim, changes, clients, acknowledged);
      }
      int ticketsBeforeRestart = rt.createdSubjects().size();
      Progress.say(database.name() + ": killed with " + acknowledged.size() + " acknowledged; restarting");
      try (ServerJvm restarted = ServerJvm.start(settings, database, directory, "restarted", connectors)) {
        long readyNanos = System.nanoTime();
        Api admin = Api.as(restarted.port(), BenchSettings.ADMIN, new Latencies());
        boolean settled = awaitNoStepLeft(admin);
        long settledNanos = System.nanoTime();
        figures.put("acknowledged", acknowledged.size());
        figures.put("lost", acknowledged.stream().filter(key -> instances(admin, key) == 0).count());
        figures.put("notAtFirstTask", acknowledged.stream().filter(key -> !atFirstTask(admin, key)).count());
        Map<String, Long> tickets = ticketsPerChange(rt.createdSubjects(), acknowledged);
        figures.put("rtTicketsCreated", rt.createdSubjects().size());
        figures.put("rtTicketsCreatedBeforeTheKill", ticketsBeforeRestart);
        figures.put("changesWithoutRtTicket", tickets.values().stream().filter(count -> count == 0).count());
        figures.put("changesWithTwoOrMoreRtTickets", tickets.values().stream().filter(count -> count > 1).count());
        figures.put("rtSearchesAfterTheRestart", rt.searches());
        figures.put("mailsReceived", smtp.getReceivedMessages().length);
        figures.put("mailsReceivedTwice", duplicateMails(smtp.getReceivedMessages()));
        figures.put("secondsKillToRestartReady", seconds(readyNanos - killedNanos));
        figures.put("secondsKillToLastStepDone", settled ? seconds(settledNanos - killedNanos) : "not within " + SETTLE_LIMIT);
        figures.put("secondsRestartReadyToLastStepDone", settled ? seconds(settledNanos - readyNanos) : "not within " + SETTLE_LIMIT);
        figures.put("lockTimeMillis", setting(admin, "camunda.bpm.job-execution.lock-time-in-millis"));
        figures.put("maxWaitMillis", setting(admin, "camunda.bpm.job-execution.max-wait"));
      }
    } finally {
      smtp.stop();
    }
  }

  /** Clients file until half the changes are acknowledged; then the server is killed. Returns when it died. */
  private long fileAndKill(ServerJvm server, int changes, int clients, List<String> acknowledged) {
    AtomicInteger filed = new AtomicInteger();
    AtomicInteger stopped = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int client = 1; client <= clients; client++) {
      Api customer = Api.as(server.port(), "bench-customer-" + client, new Latencies());
      int me = client;
      pool.submit(() -> {
        while (filed.incrementAndGet() <= changes) {
          try {
            acknowledged.add(customer.post("POST /api/changes", "/api/changes", change(me)).path("key").asText());
          } catch (RuntimeException refusedOrDead) {
            break;
          }
        }
        stopped.incrementAndGet();
      });
    }
    while (acknowledged.size() < changes / 2) {
      if (stopped.get() == clients) {
        throw new IllegalStateException("filing stopped at " + acknowledged.size() + " acknowledged, before the kill");
      }
      ServerJvm.sleep(5);
    }
    server.kill();
    long killed = System.nanoTime();
    pool.shutdown();
    try {
      pool.awaitTermination(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return killed;
  }

  private static Map<String, Object> change(int client) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("toolKey", BenchSettings.TOOL);
    request.put("title", "Crash benchmark change by client " + client);
    request.put("description", "Filed while the server is killed; counted by the benchmark.");
    request.put("customer", "PRACE");
    request.put("requestedType", "normal");
    request.put("securityVulnerability", false);
    return request;
  }

  /** Waits until no job of the change process is left to run (the ones the dead node held included). */
  private static boolean awaitNoStepLeft(Api admin) {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      long left = admin.get("jobs", "/engine-rest/job/count?processDefinitionKey=" + PROCESS + "&executable=true")
          .path("count").asLong();
      if (left == 0) {
        return true;
      }
      ServerJvm.sleep(200);
    }
    return false;
  }

  private static long instances(Api admin, String key) {
    return admin.get("instances", "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + key)
        .path("count").asLong();
  }

  private static boolean atFirstTask(Api admin, String key) {
    return admin.get("tasks", "/engine-rest/task/count?processInstanceBusinessKey=" + key + "&taskDefinitionKey="
        + FIRST_TASK).path("count").asLong() == 1;
  }

  /** RT tickets per acknowledged change: the subject of each begins with the change's key in brackets. */
  private static Map<String, Long> ticketsPerChange(List<String> subjects, List<String> acknowledged) {
    Map<String, Long> tickets = new LinkedHashMap<>();
    for (String key : acknowledged) {
      tickets.put(key, subjects.stream().filter(subject -> subject.startsWith("[" + key + "]")).count());
    }
    return tickets;
  }

  /** Mails the SMTP server took more than once for one recipient with one Message-ID: sent again after the crash. */
  private static long duplicateMails(MimeMessage[] received) {
    return Arrays.stream(received).collect(Collectors.groupingBy(KillRecovery::recipientAndId,
            Collectors.counting())).values().stream().filter(count -> count > 1).count();
  }

  private static String recipientAndId(MimeMessage mail) {
    try {
      return Arrays.toString(mail.getAllRecipients()) + " " + mail.getMessageID();
    } catch (MessagingException e) {
      return "unreadable";
    }
  }

  private static Object setting(Api admin, String name) {
    Api.Response answer = admin.getAnyStatus("bench: GET /actuator/env", "/actuator/env/" + name);
    return answer.body().path("property").path("value").asText("(default)");
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e8) / 10.0;
  }
}
