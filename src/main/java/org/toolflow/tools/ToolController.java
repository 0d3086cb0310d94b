package org.toolflow.tools;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/** The registry for people and scripts: every authenticated user may read it. */
@RestController
@RequestMapping("/api/tools")
class ToolController {

  private final ToolRegistry registry;

  ToolController(ToolRegistry registry) {
    this.registry = registry;
  }

  @GetMapping
  List<Tool> list(@RequestParam(required = false) String status) {
    return status == null ? registry.list() : registry.listByStatus(parseStatus(status));
  }

  @GetMapping("/{key}")
  Tool get(@PathVariable String key) {
    return registry.get(key);
  }

  private static ToolStatus parseStatus(String status) {
    try {
      return ToolStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      String allowed = Arrays.stream(ToolStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidInputException(List.of(new FieldProblem("status", "must be one of " + allowed)));
    }
  }
}
