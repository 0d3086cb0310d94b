package org.toolflow.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Statements of ToolFlow's own that stand in for the engine's: added to the engine's MyBatis configuration once it
 * is built, and put in place of the engine's statement names through the session factory's statement mappings.
 */
public final class EngineStatements {

  /** The engine's database type ({@code h2}, {@code postgres}), a variable ToolFlow's mappers read when parsed. */
  private static final String DATABASE_TYPE = "toolflowDatabaseType";

  private EngineStatements() {
  }

  /**
   * Adds the statements of {@code mapper} (a class-path resource) and lets them stand in for the engine's. The
   * mapper may choose by {@code ${toolflowDatabaseType}}: it is filled in when the statements are parsed, for this
   * engine's database.
   */
  public static void add(ProcessEngineConfigurationImpl engine, String mapper, Map<String, String> replacements) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    mybatis.getVariables().setProperty(DATABASE_TYPE, engine.getDatabaseType());
    try (InputStream statements = EngineStatements.class.getClassLoader().getResourceAsStream(mapper)) {
      if (statements == null) {
        throw new IllegalStateException("Missing mapper " + mapper);
      }
      new XMLMapperBuilder(statements, mybatis, mapper, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    use(engine.getDbSqlSessionFactory(), replacements, true);
  }

  /** Switches the engine between the replacements and its own statements (both stay registered). */
  public static void use(DbSqlSessionFactory sessions, Map<String, String> replacements, boolean replaced) {
    // A copy: the engine's default mappings are shared by every engine of the JVM.
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    if (replaced) {
      mappings.putAll(replacements);
    } else {
      replacements.keySet().forEach(mappings::remove);
    }
    sessions.setStatementMappings(mappings);
  }
}
