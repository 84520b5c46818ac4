package dev.ringside.history;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns H2 and Flyway failures into {@link HistoryException}s with words an operator can act on. */
final class HistoryErrors {

    private HistoryErrors() {
    }

    static HistoryException locked(Path file, Throwable cause) {
        return new HistoryException(HistoryException.Kind.LOCKED,
                "Ringside is already running for this user: its call history (" + file
                        + ") is open in another window or process. Close the other Ringside and try again.", file, cause);
    }

    static HistoryException corrupt(Path file, Throwable cause) {
        return new HistoryException(HistoryException.Kind.CORRUPT,
                "The call history file " + file + " is damaged or is not a Ringside history."
                        + " Move it aside and Ringside will start a new one.", file, cause);
    }

    static HistoryException notWritable(Path location, Throwable cause) {
        return new HistoryException(HistoryException.Kind.NOT_WRITABLE,
                "Ringside cannot write its call history at " + location
                        + ": the location is read-only or not a folder this user may write to.", location, cause);
    }

    static HistoryException incompatible(Path file, Throwable cause) {
        return new HistoryException(HistoryException.Kind.INCOMPATIBLE,
                "The call history file " + file + " has a layout this version of Ringside cannot use"
                        + " (written by another version, or changed by hand).",
                file, cause);
    }

    /** Translates a failure to open the database file. */
    static HistoryException onOpen(Path file, SQLException e) {
        HistoryException known = known(file, e);
        return known != null ? known : new HistoryException(HistoryException.Kind.FAILED,
                "Ringside could not open its call history " + file + ": " + e.getMessage(), file, e);
    }

    /** Translates a failure of the schema migration. */
    static HistoryException onMigrate(Path file, FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                HistoryException known = known(file, (SQLException) t);
                if (known != null) {
                    return known;
                }
            }
        }
        if (e instanceof FlywayValidateException) {
            return incompatible(file, e);
        }
        return new HistoryException(HistoryException.Kind.FAILED,
                "Ringside could not prepare its call history " + file + ": " + e.getMessage(), file, e);
    }

    /** Translates a failed read or write on an open database. */
    static HistoryException onUse(Path file, String doing, SQLException e) {
        HistoryException known = known(file, e);
        return known != null ? known : new HistoryException(HistoryException.Kind.FAILED,
                "Ringside could not " + doing + " in its call history: " + e.getMessage(), e);
    }

    private static HistoryException known(Path file, SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return locked(file, e);
            case ErrorCode.FILE_CORRUPTED_1:
                return corrupt(file, e);
            case ErrorCode.FILE_VERSION_ERROR_1:
                return incompatible(file, e);
            case ErrorCode.DATABASE_IS_READ_ONLY:
            case ErrorCode.FILE_CREATION_FAILED_1:
                return notWritable(file, e);
            default:
                break;
        }
        MVStoreException store = storeCause(e);
        if (store != null) {
            switch (store.getErrorCode()) {
                case DataUtils.ERROR_FILE_LOCKED:
                    return locked(file, e);
                case DataUtils.ERROR_FILE_CORRUPT:
                case DataUtils.ERROR_CHUNK_NOT_FOUND:
                case DataUtils.ERROR_BLOCK_NOT_FOUND:
                case DataUtils.ERROR_UNSUPPORTED_FORMAT:
                    return corrupt(file, e);
                case DataUtils.ERROR_READING_FAILED:
                    // the file ends before its own header says it should: truncated or not H2 at all
                    return hasCause(store, EOFException.class) ? corrupt(file, e) : null;
                default:
                    break;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static MVStoreException storeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException) {
                return (MVStoreException) t;
            }
        }
        return null;
    }
}
