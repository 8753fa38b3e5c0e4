package eu.ondernemerscheck.application.report.port.out;

import eu.ondernemerscheck.domain.shared.FirmId;

import java.time.LocalDate;
import java.util.Optional;

/** Platform facts a report needs: which client record an account belongs to, and when a rate version was published. */
public interface ReportSourcesPort {

    /** The client record a CLIENT account of that firm is linked to. */
    Optional<Long> clientOfAccount(long accountId, FirmId firm);

    Optional<LocalDate> ratesPublishedOn(String rateVersion);

    /** Links a CLIENT account of that firm, found by its e-mail address, to a client record (demo data only). */
    void linkClientAccount(String email, FirmId firm, long clientId);
}
