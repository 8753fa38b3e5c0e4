package eu.ondernemerscheck.application.firms.port.out;

import eu.ondernemerscheck.domain.shared.Firm;

import java.util.List;

/** The platform's register of firms, with the creation of each firm's own schema. */
public interface FirmRegistryPort {

    /** Creates and migrates the firm's schema, then registers the firm. */
    Firm provision(String name);

    List<Firm> all();
}
