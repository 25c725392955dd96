package dev.godwit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The migration tool whose conventions a migration follows. */
public enum Format {
  FLYWAY("flyway", true, true),
  FLYWAY_JAVA("flyway-java", false, false),
  GOLANG_MIGRATE("golang-migrate", true, true),
  DBMATE("dbmate", true, true),
  LIQUIBASE_SQL("liquibase-sql", true, true),
  LIQUIBASE_XML("liquibase-xml", false, false),
  LIQUIBASE_YAML("liquibase-yaml", false, false),
  SQITCH("sqitch", false, true),
  ALEMBIC("alembic", false, true),
  PYTHON_SCRIPT("python-script", false, false),
  NUMBERED("numbered", true, true),
  PLAIN("plain", true, true);

  private final String id;
  private final boolean forcesSql;
  private final boolean configurable;

  Format(String id, boolean forcesSql, boolean configurable) {
    this.id = id;
    this.forcesSql = forcesSql;
    this.configurable = configurable;
  }

  /** The name users write ({@code format:} in the configuration, {@code --migration-format}, reports). */
  public String id() {
    return id;
  }

  /** Whether {@code --migration-format} or a folder's {@code format:} can force it on {@code .sql} files. */
  public boolean forcesSql() {
    return forcesSql;
  }

  /** Whether a {@code migrations:} entry of the configuration may name it. */
  public boolean configurable() {
    return configurable;
  }

  /** Flyway SQL or Java. */
  public boolean isFlyway() {
    return this == FLYWAY || this == FLYWAY_JAVA;
  }

  /** Liquibase formatted SQL, XML or YAML. */
  public boolean isLiquibase() {
    return this == LIQUIBASE_SQL || this == LIQUIBASE_XML || this == LIQUIBASE_YAML;
  }

  /** The format named {@code id} (as {@link #id()} spells it, any case), or null. */
  public static Format of(String id) {
    if (id == null) {
      return null;
    }
    String s = id.strip().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.id.equals(s)) {
        return f;
      }
    }
    return null;
  }

  /** The ids of the formats {@code --migration-format} can force on SQL files. */
  public static List<String> sqlIds() {
    List<String> out = new ArrayList<>();
    for (Format f : values()) {
      if (f.forcesSql) {
        out.add(f.id);
      }
    }
    return out;
  }

  /** The ids a configuration's {@code format:} may name. */
  public static List<String> configurableIds() {
    List<String> out = new ArrayList<>();
    for (Format f : values()) {
      if (f.configurable) {
        out.add(f.id);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return id;
  }
}
