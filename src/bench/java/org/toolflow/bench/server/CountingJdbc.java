package org.toolflow.bench.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * JDBC seen through counting proxies: every statement executed (a batch counts each of its statements, and once as
 * a round trip), every commit and rollback, with the time the driver took.
 */
final class CountingJdbc {

  private CountingJdbc() {
  }

  static DataSource dataSource(DataSource target, SqlCounters counters) {
    return proxy(DataSource.class, (proxy, method, args) -> {
      Object result = call(target, method, args);
      return method.getName().equals("getConnection") ? connection((Connection) result, counters) : result;
    });
  }

  private static Connection connection(Connection target, SqlCounters counters) {
    return proxy(Connection.class, (proxy, method, args) -> {
      switch (method.getName()) {
        case "commit" -> {
          long start = System.nanoTime();
          Object result = call(target, method, args);
          counters.commit(System.nanoTime() - start);
          return result;
        }
        case "rollback" -> {
          if (args == null || args.length == 0) {
            counters.rollback();
          }
          return call(target, method, args);
        }
        case "createStatement" -> {
          return statement(Statement.class, (Statement) call(target, method, args), null, counters);
        }
        case "prepareStatement" -> {
          return statement(PreparedStatement.class, (Statement) call(target, method, args), (String) args[0], counters);
        }
        case "prepareCall" -> {
          return statement(CallableStatement.class, (Statement) call(target, method, args), (String) args[0], counters);
        }
        default -> {
          return call(target, method, args);
        }
      }
    });
  }

  private static <S extends Statement> S statement(Class<S> type, Statement target, String preparedSql,
      SqlCounters counters) {
    return proxy(type, new InvocationHandler() {
      private int batched;
      private String batchSql = preparedSql;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("addBatch")) {
          batched++;
          if (args != null && args.length == 1) {
            batchSql = (String) args[0];
          }
          return call(target, method, args);
        }
        if (name.equals("clearBatch")) {
          batched = 0;
          return call(target, method, args);
        }
        if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
          return timed(target, method, args, batchSql, batched, () -> batched = 0);
        }
        if (name.startsWith("execute")) {
          String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : preparedSql;
          return timed(target, method, args, sql, 1, () -> { });
        }
        return call(target, method, args);
      }

      private Object timed(Statement target, Method method, Object[] args, String sql, int count, Runnable after)
          throws Throwable {
        long start = System.nanoTime();
        try {
          return call(target, method, args);
        } finally {
          counters.statements(sql, count, System.nanoTime() - start);
          after.run();
        }
      }
    });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
