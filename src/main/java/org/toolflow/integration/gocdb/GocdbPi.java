package org.toolflow.integration.gocdb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import org.toolflow.integration.RemoteHttp;

/** GOCDB's public programmatic interface: {@code ?method=get_service_endpoint} and {@code ?method=get_downtime}. */
class GocdbPi implements GocdbDirectory {

  static final String SYSTEM_NAME = "GOCDB";

  private final RestClient http;
  private final Clock clock;

  GocdbPi(RestClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public List<ServiceEndpoint> findServiceEndpoints(String hostname) {
    String request = "?method=get_service_endpoint&hostname=" + hostname;
    String xml = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, request, () -> http.get()
        .uri(uri -> uri.queryParam("method", "get_service_endpoint").queryParam("hostname", "{host}").build(hostname))
        .retrieve().body(String.class));
    return GocdbXml.serviceEndpoints(xml, "GET " + request);
  }

  /** GOCDB is asked by host; whatever the person declared there is what it answers. */
  @Override
  public List<Downtime> findDowntimes(DeclaredDowntime declared) {
    return findDowntimes(declared.hostname());
  }

  /** {@code windowstart} keeps the downtimes ending today or later; the ones already over today are dropped here. */
  List<Downtime> findDowntimes(String hostname) {
    String windowStart = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
    String request = "?method=get_downtime&topentity=" + hostname + "&windowstart=" + windowStart;
    String xml = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, request, () -> http.get()
        .uri(uri -> uri.queryParam("method", "get_downtime").queryParam("topentity", "{host}")
            .queryParam("windowstart", windowStart).build(hostname))
        .retrieve().body(String.class));
    Instant now = clock.instant();
    // topentity also matches site and NGI names, and GOCDB repeats a downtime for every service on the host.
    return GocdbXml.downtimes(xml, "GET " + request).stream()
        .filter(downtime -> hostname.equalsIgnoreCase(downtime.hostname()))
        .filter(downtime -> downtime.end() == null || downtime.end().isAfter(now))
        .distinct()
        .toList();
  }
}
