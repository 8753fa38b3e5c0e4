package eu.ondernemerscheck.adapter.persistence.report;

import eu.ondernemerscheck.application.report.port.out.ReportSourcesPort;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the account-to-client link and rate version dates from the platform schema. */
@Component
class ReportSourcesAdapter implements ReportSourcesPort {

    private static final Pattern VERSION_ID = Pattern.compile("\\(v(\\d{1,18})\\)$");

    private final JdbcTemplate jdbc;

    ReportSourcesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> clientOfAccount(long accountId, FirmId firm) {
        return jdbc.query("select client_id from platform.app_user where id = ? and firm_id = ? and role = 'CLIENT'"
                        + " and enabled and client_id is not null", (rs, n) -> rs.getLong(1), accountId, firm.value())
                .stream().findFirst();
    }

    /** The rate book names its version "label (v<id>)" (RateBookAdapter); the id finds the row. */
    @Override
    public Optional<LocalDate> ratesPublishedOn(String rateVersion) {
        Matcher id = VERSION_ID.matcher(rateVersion == null ? "" : rateVersion);
        if (!id.find()) {
            return Optional.empty();
        }
        return jdbc.query("select published_at from platform.rate_version where id = ?",
                        (rs, n) -> LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), FirmsCalendar.ZONE),
                        Long.parseLong(id.group(1)))
                .stream().findFirst();
    }

    @Override
    public void linkClientAccount(String email, FirmId firm, long clientId) {
        jdbc.update("update platform.app_user set client_id = ? where email = ? and firm_id = ? and role = 'CLIENT'",
                clientId, email, firm.value());
    }
}
