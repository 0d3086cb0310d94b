package org.toolflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ToolFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(ToolFlowApplication.class, args);
  }
}
