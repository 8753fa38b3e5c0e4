package eu.ondernemerscheck.application.proposals.port.in;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.Set;

/**
 * Accept a proposal: every change ({@code all}), or only the fields named as {@code scheme.input}. Both versions are
 * what the accountant saw: the proposal's row version and the facts' version.
 */
public record AcceptProposalCommand(long proposalId, boolean all, Set<String> fields, long expectedVersion,
                                    long expectedFactsVersion) {
    public AcceptProposalCommand {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        if (proposalId <= 0) {
            throw new InvalidInputException("proposalId", "Kies een voorstel.");
        }
        if (!all && fields.isEmpty()) {
            throw new InvalidInputException("fields", "Kies minstens één wijziging om over te nemen.");
        }
    }
}
