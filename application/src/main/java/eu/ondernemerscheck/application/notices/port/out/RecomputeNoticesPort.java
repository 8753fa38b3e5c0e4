package eu.ondernemerscheck.application.notices.port.out;

import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;

import java.time.Instant;
import java.util.List;

/** Notices in the schema of the firm in the tenant context, with who read which. */
public interface RecomputeNoticesPort {

    /** Stores a new notice (its id and read flag are ignored). */
    void add(RecomputeNotice notice);

    List<RecomputeNotice> latest(long accountId, int limit);

    int unread(long accountId);

    void markAllRead(long accountId, Instant at);
}
