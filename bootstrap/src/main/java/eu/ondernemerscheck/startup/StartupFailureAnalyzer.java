package eu.ondernemerscheck.startup;

import eu.ondernemerscheck.adapter.persistence.embedded.EmbeddedDatabaseProblem;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the usual reasons a start fails (port in use, database unreachable or misnamed, wrong credentials, an
 * unusable data directory) and says what is wrong and what to do, in one sentence each.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (t instanceof EmbeddedDatabaseProblem) {
                return analysis(message, "", failure);
            }
            if (t instanceof BindException || t.getClass().getSimpleName().equals("PortInUseException")) {
                return analysis("de poort is al in gebruik.",
                        "Stop het andere proces of kies een andere poort met --server.port=8081.", failure);
            }
            if (lower.contains("driver claims to not accept jdbcurl") || lower.contains("no suitable driver")
                    || lower.contains("failed to load driver class")) {
                return analysis("spring.datasource.url is geen geldige PostgreSQL-URL.",
                        "Gebruik de vorm jdbc:postgresql://host:5432/database.", failure);
            }
            if (t instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return analysis("de database weigert de gebruikersnaam of het wachtwoord.",
                        "Controleer spring.datasource.username en spring.datasource.password.", failure);
            }
            if (t instanceof SQLException sql && "3D000".equals(sql.getSQLState())) {
                return analysis("de database in spring.datasource.url bestaat niet.",
                        "Maak haar aan of wijzig spring.datasource.url.", failure);
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof SQLException sql && "08001".equals(sql.getSQLState())) {
                return analysis("de database is niet bereikbaar (" + firstLine(message) + ").",
                        "Controleer spring.datasource.url en of de PostgreSQL-server draait.", failure);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String description, String action, Throwable cause) {
        return new FailureAnalysis(description, action, cause);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
