package org.toolflow.integration.mail;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The mailing-list addresses of groups such as egi-operations, csirt and omb; members' own addresses are added. */
@ConfigurationProperties("toolflow.group-mail")
public record GroupMailProperties(@DefaultValue({}) Map<String, List<String>> addresses) {
}
