package dev.godwit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.OffsetMap;
import dev.godwit.model.QualifiedName;
import dev.godwit.parse.SqlParser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The replayed schema resolves unqualified names as a real server does: after each statement, the schema
 * Godwit finds a name in is the one {@code to_regclass} finds it in. Runs in one transaction that is rolled
 * back, on the first server of {@code GODWIT_PG_URLS}; skipped without it.
 */
class SearchPathRealServerTest {
  /** Statements, each followed by the names to resolve after it ("name" or "-" for none). */
  private static final String[][] STEPS = {
      {"CREATE SCHEMA gw_sp_app", "gw_sp_orders", "gw_sp_invoices"},
      {"CREATE TABLE gw_sp_app.gw_sp_orders (id int)", "gw_sp_orders"},
      {"CREATE TABLE gw_sp_orders (id int)", "gw_sp_orders"},
      {"SET search_path = gw_sp_app, public", "gw_sp_orders"},
      {"SET search_path TO public, gw_sp_app", "gw_sp_orders"},
      {"SELECT set_config('search_path', 'gw_sp_app', true)", "gw_sp_orders"},
      {"CREATE TABLE gw_sp_invoices (id int)", "gw_sp_invoices"},
      {"RESET search_path", "gw_sp_invoices", "gw_sp_orders"},
      {"SET SCHEMA 'gw_sp_app'", "gw_sp_invoices", "gw_sp_orders"},
      {"SET LOCAL search_path = \"$user\", public", "gw_sp_invoices", "gw_sp_orders"},
      {"DROP TABLE gw_sp_orders", "gw_sp_orders"},
      {"SET search_path = gw_sp_app", "gw_sp_orders", "gw_sp_invoices"},
  };

  private static String firstServer() {
    String urls = System.getProperty("godwit.pg.urls", System.getenv("GODWIT_PG_URLS"));
    if (urls == null || urls.isBlank()) {
      return null;
    }
    for (String item : urls.split(",")) {
      String[] kv = item.strip().split("=", 2);
      if (kv.length == 2 && kv[1].startsWith("jdbc:postgresql:")) {
        return kv[1];
      }
    }
    return null;
  }

  @Test
  void unqualifiedNamesResolveToTheSchemaTheServerFindsThemIn() throws Exception {
    String url = firstServer();
    Assumptions.assumeTrue(url != null, "GODWIT_PG_URLS is not set");
    Connection c;
    try {
      c = DriverManager.getConnection(url);
    } catch (java.sql.SQLException e) {
      Assumptions.abort("no connection to " + url + ": " + e.getMessage());
      return;
    }
    SqlParser parser = new SqlParser();
    Schema schema = new Schema();
    schema.beginMigration(0);
    List<String> server = new ArrayList<>();
    List<String> godwit = new ArrayList<>();
    try (c) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("SET search_path = public"); // the server's "$user" schema aside, as Godwit assumes
      }
      for (String[] step : STEPS) {
        try (Statement st = c.createStatement()) {
          st.execute(step[0]);
        }
        schema.apply(parser.parse(step[0], OffsetMap.shift(0), 0));
        for (int i = 1; i < step.length; i++) {
          String name = step[i];
          server.add(step[0] + " | " + name + " -> " + serverSchema(c, name));
          godwit.add(step[0] + " | " + name + " -> " + schema.table(QualifiedName.of(name))
              .map(t -> t.name().schema() == null ? "public" : t.name().schema()).orElse("-"));
        }
      }
      c.rollback();
    }
    assertThat(godwit).isEqualTo(server);
    assertThat(server).contains("SET search_path = gw_sp_app, public | gw_sp_orders -> gw_sp_app",
        "CREATE TABLE gw_sp_invoices (id int) | gw_sp_invoices -> gw_sp_app",
        "RESET search_path | gw_sp_invoices -> -");
  }

  private static String serverSchema(Connection c, String name) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname FROM pg_class k JOIN pg_namespace n"
        + " ON n.oid = k.relnamespace WHERE k.oid = to_regclass(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "-";
      }
    }
  }
}
