package org.toolflow.system.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The engine REST API of one node, used as Camunda Modeler and other clients use it. */
final class EngineRest {

  private final RestClient engine;
  private final RestClient server;

  /** Paths name the engine: several nodes may run in one test JVM, each with its own engine. */
  EngineRest(int port, String engineName) {
    String root = "http://localhost:" + port;
    this.engine = RestClient.builder()
        .baseUrl(root + "/engine-rest/engine/" + engineName)
        .defaultHeaders(headers -> headers.setBasicAuth(ToolFlowNode.ADMIN, ToolFlowNode.ADMIN_PASSWORD))
        .build();
    this.server = RestClient.builder().baseUrl(root).build();
  }

  /** What Camunda Modeler sends when a process owner clicks "Deploy". */
  String deployFromModeler(String resourceName, String bpmnXml) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", resourceName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    parts.add(resourceName, new ByteArrayResource(bpmnXml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return resourceName;
      }
    });
    return (String) engine.post().uri("/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts).retrieve().body(Map.class).get("id");
  }

  String definitionId(String processKey) {
    return (String) engine.get().uri("/process-definition/key/{key}", processKey).retrieve().body(Map.class).get("id");
  }

  String start(String processKey, String businessKey) {
    return (String) engine.post().uri("/process-definition/key/{key}/start", processKey)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("businessKey", businessKey))
        .retrieve().body(Map.class).get("id");
  }

  /** 200 while the node and its database are up, 503 while the database is away. */
  int health() {
    return server.get().uri("/actuator/health").exchange((request, response) -> response.getStatusCode())
        .value();
  }
}
