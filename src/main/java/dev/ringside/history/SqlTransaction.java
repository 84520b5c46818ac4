package dev.ringside.history;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work on an H2 connection: committed when it returns, rolled back when it throws. */
public final class SqlTransaction {

    /** Work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private SqlTransaction() {
    }

    /** Runs {@code work} in one transaction on {@code c}, and leaves {@code c} in auto-commit after. */
    public static <T> T run(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
