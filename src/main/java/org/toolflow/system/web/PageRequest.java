package org.toolflow.system.web;

import java.util.List;

/**
 * One page of a list endpoint: {@code page} counts from 0, {@code size} rows per page (default 50, at most 200), the
 * same names and limits on every endpoint that pages.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  /** Adds a problem for each out-of-range value; page * size must stay a row number the database takes. */
  public static PageRequest of(int page, int size, List<FieldProblem> problems) {
    boolean sizeOk = size >= 1 && size <= MAX_SIZE;
    if (!sizeOk) {
      problems.add(new FieldProblem("size", "must be a whole number from 1 to " + MAX_SIZE));
    }
    int lastPage = Integer.MAX_VALUE / (sizeOk ? size : MAX_SIZE);
    if (page < 0 || page > lastPage) {
      problems.add(new FieldProblem("page", "must be a whole number from 0 to " + lastPage));
    }
    return new PageRequest(page, size);
  }

  /** The index of the page's first row. */
  public int firstRow() {
    return page * size;
  }
}
