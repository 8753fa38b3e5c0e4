package eu.ondernemerscheck.application.rates.port.in;

import java.util.List;

/** Every scheme with the years it can compute from the rates now in force. Public: no client data involved. */
public interface ListSchemesUseCase {
    List<SchemeOverview> listSchemes();

    /** The version of the rates now in force. */
    String rateVersion();
}
