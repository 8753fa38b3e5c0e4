package eu.ondernemerscheck.application.notices.port.in;

import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;

import java.util.List;

/** The signed-in accountant's notices about recomputed results, in their own firm only. */
public interface RecomputeNoticesUseCase {

    /** Newest first, each marked read or not for this accountant. */
    List<RecomputeNotice> notices(int limit);

    /** How many notices this accountant has not marked read. */
    int unread();

    /** Marks every notice of the firm read for this accountant. */
    void markAllRead();
}
