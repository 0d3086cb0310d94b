package org.toolflow.system.web;

/** One refused input: the field's name and what is allowed there. */
public record FieldProblem(String field, String message) {
}
