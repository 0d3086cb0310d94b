package org.toolflow.bench.server.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The yardstick of the benchmarks: a Camunda 7.24 Spring Boot starter application with nothing of its own (engine,
 * REST API and webapps with the starter's defaults, no authentication), run from ToolFlow's jar with the same
 * libraries. Its package holds nothing else, so none of ToolFlow's beans are scanned.
 */
@SpringBootApplication
public class BareStarter {

  public static void main(String[] args) {
    SpringApplication.run(BareStarter.class, args);
  }
}
