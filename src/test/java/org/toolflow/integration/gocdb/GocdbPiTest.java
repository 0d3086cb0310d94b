package org.toolflow.integration.gocdb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;

class GocdbPiTest {

  @RegisterExtension
  static WireMockExtension gocdb = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private GocdbPi pi() {
    return new GocdbPi(RemoteHttp.client("GOCDB", gocdb.baseUrl() + "/gocdbpi/public/", TestTimeouts.SHORT),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void readsServiceEndpointsOfAHost() {
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(xml("""
        <?xml version="1.0" encoding="UTF-8"?>
        <results>
          <SERVICE_ENDPOINT PRIMARY_KEY="7513G0">
            <PRIMARY_KEY>7513G0</PRIMARY_KEY>
            <HOSTNAME>toolx.egi.eu</HOSTNAME>
            <GOCDB_PORTAL_URL>https://goc.egi.eu/portal/index.php?Page_Type=Service&amp;id=7513</GOCDB_PORTAL_URL>
            <BETA>N</BETA>
            <SERVICE_TYPE>egi.ToolX</SERVICE_TYPE>
            <CORE/>
            <IN_PRODUCTION>Y</IN_PRODUCTION>
            <NODE_MONITORED>N</NODE_MONITORED>
            <SITENAME>EGI-TOOLS</SITENAME>
            <COUNTRY_NAME>Netherlands</COUNTRY_NAME>
            <COUNTRY_CODE>NL</COUNTRY_CODE>
            <ROC_NAME>EGI.eu</ROC_NAME>
            <URL>https://toolx.egi.eu/</URL>
            <ENDPOINTS>
              <ENDPOINT>
                <ID>1</ID>
                <NAME>api</NAME>
                <EXTENSIONS/>
                <URL>https://toolx.egi.eu/api</URL>
                <INTERFACENAME>egi.ToolX</INTERFACENAME>
              </ENDPOINT>
            </ENDPOINTS>
            <SCOPES><SCOPE>EGI</SCOPE></SCOPES>
            <EXTENSIONS/>
          </SERVICE_ENDPOINT>
        </results>
        """)));

    List<ServiceEndpoint> endpoints = pi().findServiceEndpoints("toolx.egi.eu");

    assertThat(endpoints).containsExactly(new ServiceEndpoint("7513G0", "toolx.egi.eu", "egi.ToolX", "EGI-TOOLS",
        "https://toolx.egi.eu/", true, false));
    gocdb.verify(1, getRequestedFor(urlPathEqualTo("/gocdbpi/public/"))
        .withQueryParam("method", equalTo("get_service_endpoint"))
        .withQueryParam("hostname", equalTo("toolx.egi.eu")));
  }

  @Test
  void anUnregisteredHostHasNoEndpoints() {
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<results/>\n")));

    assertThat(pi().findServiceEndpoints("nobody.example.org")).isEmpty();
  }

  @Test
  void readsTheDowntimesOfAHostThatAreNotOver() {
    long start = NOW.minusSeconds(3600).getEpochSecond();
    long end = NOW.plusSeconds(7200).getEpochSecond();
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(xml("""
        <?xml version="1.0" encoding="UTF-8"?>
        <results>
          <DOWNTIME ID="33001" PRIMARY_KEY="33001G0" CLASSIFICATION="SCHEDULED">
            <PRIMARY_KEY>33001G0</PRIMARY_KEY>
            <HOSTNAME>toolx.egi.eu</HOSTNAME>
            <SERVICE_TYPE>egi.ToolX</SERVICE_TYPE>
            <ENDPOINT>toolx.egi.euegi.ToolX</ENDPOINT>
            <HOSTED_BY>EGI-TOOLS</HOSTED_BY>
            <GOCDB_PORTAL_URL>https://goc.egi.eu/portal/index.php?Page_Type=Downtime&amp;id=33001</GOCDB_PORTAL_URL>
            <AFFECTED_ENDPOINTS/>
            <SEVERITY>OUTAGE</SEVERITY>
            <DESCRIPTION>Database upgrade</DESCRIPTION>
            <INSERT_DATE>%d</INSERT_DATE>
            <START_DATE>%d</START_DATE>
            <END_DATE>%d</END_DATE>
            <FORMATED_START_DATE>2026-11-25 11:00</FORMATED_START_DATE>
            <FORMATED_END_DATE>2026-11-25 14:00</FORMATED_END_DATE>
          </DOWNTIME>
          <DOWNTIME ID="33001" PRIMARY_KEY="33001G0" CLASSIFICATION="SCHEDULED">
            <PRIMARY_KEY>33001G0</PRIMARY_KEY>
            <HOSTNAME>toolx.egi.eu</HOSTNAME>
            <SERVICE_TYPE>egi.ToolX</SERVICE_TYPE>
            <SEVERITY>OUTAGE</SEVERITY>
            <DESCRIPTION>Database upgrade</DESCRIPTION>
            <START_DATE>%d</START_DATE>
            <END_DATE>%d</END_DATE>
          </DOWNTIME>
          <DOWNTIME ID="32000" PRIMARY_KEY="32000G0" CLASSIFICATION="UNSCHEDULED">
            <PRIMARY_KEY>32000G0</PRIMARY_KEY>
            <HOSTNAME>toolx.egi.eu</HOSTNAME>
            <SEVERITY>WARNING</SEVERITY>
            <DESCRIPTION>Over this morning</DESCRIPTION>
            <START_DATE>%d</START_DATE>
            <END_DATE>%d</END_DATE>
          </DOWNTIME>
          <DOWNTIME ID="34000" PRIMARY_KEY="34000G0" CLASSIFICATION="SCHEDULED">
            <PRIMARY_KEY>34000G0</PRIMARY_KEY>
            <HOSTNAME>other.egi.eu</HOSTNAME>
            <SEVERITY>OUTAGE</SEVERITY>
            <DESCRIPTION>Another host of the same site</DESCRIPTION>
            <START_DATE>%d</START_DATE>
            <END_DATE>%d</END_DATE>
          </DOWNTIME>
        </results>
        """.formatted(start, start, end, start, end, start - 7200, start - 3600, start, end))));

    List<Downtime> downtimes = pi().findDowntimes(new DeclaredDowntime("toolx.egi.eu", "WARNING", "SCHEDULED",
        NOW, NOW.plusSeconds(3600), "what the process asked to declare does not change GOCDB's answer"));

    assertThat(downtimes).containsExactly(new Downtime("33001G0", "toolx.egi.eu", "OUTAGE", "SCHEDULED",
        "Database upgrade", Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)));
    gocdb.verify(1, getRequestedFor(urlPathEqualTo("/gocdbpi/public/"))
        .withQueryParam("method", equalTo("get_downtime"))
        .withQueryParam("topentity", equalTo("toolx.egi.eu"))
        .withQueryParam("windowstart", equalTo("2026-11-25")));
  }

  @Test
  void gocdbsErrorDocumentIsARefusal() {
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(xml(
        "<error>Unsupported parameter: hostnme</error>")));

    assertThatThrownBy(() -> pi().findServiceEndpoints("toolx.egi.eu"))
        .isInstanceOf(RemoteRefusedException.class).hasMessageContaining("Unsupported parameter: hostnme");
  }

  @Test
  void aMaintenancePageInsteadOfXmlIsWorthARetry() {
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body><h1>GOCDB is down for maintenance</h1>")));

    assertThatThrownBy(() -> pi().findDowntimes("toolx.egi.eu"))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("not XML")
        .hasMessageContaining("GOCDB is down for maintenance");
  }

  @Test
  void aDocumentTypeDeclarationIsNeverFollowed() {
    gocdb.stubFor(get(urlPathEqualTo("/gocdbpi/public/")).willReturn(xml(
        "<?xml version=\"1.0\"?><!DOCTYPE results [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><results>&x;</results>")));

    assertThatThrownBy(() -> pi().findServiceEndpoints("toolx.egi.eu")).isInstanceOf(RemoteUnavailableException.class);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body);
  }
}
