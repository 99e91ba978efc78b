package pl.cus.portal.shared.db;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "cannot connect to the database" at start-up into one clear line naming the setting to fix,
 * instead of a page of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    static final String SETTINGS =
            "spring.r2dbc.url (SPRING_R2DBC_URL), spring.r2dbc.username and spring.r2dbc.password";

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String problem;
        if (state.startsWith("08")) {
            problem = "Cannot reach the database";
        } else if (state.startsWith("28")) {
            problem = "The database refused the credentials";
        } else if (state.equals("3D000")) {
            problem = "The database does not exist";
        } else {
            return null;
        }
        return new FailureAnalysis(
                problem + ": " + cause.getMessage() + " Check " + SETTINGS + ".",
                "Fix " + SETTINGS + ", or remove spring.r2dbc.url to run on the embedded database.",
                cause);
    }
}
