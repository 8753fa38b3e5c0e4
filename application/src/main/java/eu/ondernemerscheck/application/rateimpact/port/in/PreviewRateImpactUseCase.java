package eu.ondernemerscheck.application.rateimpact.port.in;

/** The administrator's preview of a draft's effect on the stored client results of every firm. */
public interface PreviewRateImpactUseCase {

    /**
     * @throws eu.ondernemerscheck.domain.rules.RateChangeRefusedException when the version is not an open draft
     */
    RateImpact preview(long draftVersion);
}
