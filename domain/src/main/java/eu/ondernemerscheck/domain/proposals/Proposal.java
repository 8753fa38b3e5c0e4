package eu.ondernemerscheck.domain.proposals;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of a client's check for one year, as the client proposes it to the accountant: per scheme the inputs
 * the client gave (as the engine reads them), the schemes the client said do not apply, the status, the accountant's
 * comment and decision, and which fields were taken over. {@code number} counts the versions of that client and year
 * (1, 2, ...); {@code rowVersion} is what an edit must name to be accepted, so no edit is silently overwritten.
 * <p>
 * Every change returns a new value; a change the status does not allow is refused with a reason.
 */
public record Proposal(long id, long clientId, int year, int number, ProposalStatus status,
                       Map<String, Map<String, Object>> answers, Set<String> notApplicable,
                       Set<String> acceptedFields, String comment, Instant createdAt, Instant updatedAt,
                       String updatedBy, Instant submittedAt, Instant decidedAt, String decidedBy, long rowVersion) {

    public static final int MAX_COMMENT = 2000;

    public Proposal {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        (answers == null ? Map.<String, Map<String, Object>>of() : answers).forEach((scheme, inputs) ->
                copy.put(scheme, Collections.unmodifiableMap(new LinkedHashMap<>(inputs))));
        answers = Collections.unmodifiableMap(copy);
        notApplicable = Collections.unmodifiableSet(new LinkedHashSet<>(notApplicable == null ? Set.of()
                : notApplicable));
        acceptedFields = Collections.unmodifiableSet(new LinkedHashSet<>(acceptedFields == null ? Set.of()
                : acceptedFields));
        comment = comment == null ? "" : comment;
        updatedBy = updatedBy == null ? "" : updatedBy;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** A first draft, from the answers the client starts with. */
    public static Proposal firstDraft(long clientId, int year, String by, Instant at) {
        return new Proposal(0, clientId, year, 1, ProposalStatus.DRAFT, Map.of(), Set.of(), Set.of(), "", at, at, by,
                null, null, "", 0);
    }

    /**
     * The next version as a draft with the same answers: what a client's edit of a submitted or decided proposal
     * starts; the earlier version stays as it was.
     */
    public Proposal nextDraft(String by, Instant at) {
        if (status == ProposalStatus.DRAFT) {
            throw new ProposalRefusedException("Dit is al een concept; pas het gewoon aan.");
        }
        return new Proposal(0, clientId, year, number + 1, ProposalStatus.DRAFT, answers, notApplicable, Set.of(),
                "", at, at, by, null, null, "", 0);
    }

    /** The answers of one step replaced, or the step marked as not applying. Only a draft changes. */
    public Proposal withStep(String scheme, Map<String, Object> inputs, boolean doesNotApply, String by,
                             Instant at) {
        requireDraft();
        Map<String, Map<String, Object>> nextAnswers = new LinkedHashMap<>(answers);
        Set<String> nextNotApplicable = new LinkedHashSet<>(notApplicable);
        if (doesNotApply) {
            nextNotApplicable.add(scheme);
        } else {
            nextNotApplicable.remove(scheme);
            nextAnswers.put(scheme, inputs == null ? Map.of() : inputs);
        }
        return new Proposal(id, clientId, year, number, status, nextAnswers, nextNotApplicable, acceptedFields,
                comment, createdAt, at, by, submittedAt, decidedAt, decidedBy, rowVersion);
    }

    public Proposal submitted(String by, Instant at) {
        requireDraft();
        return new Proposal(id, clientId, year, number, ProposalStatus.SUBMITTED, answers, notApplicable,
                acceptedFields, "", createdAt, at, by, at, null, "", rowVersion);
    }

    public Proposal changesRequested(String why, String by, Instant at) {
        requireSubmitted();
        return decided(ProposalStatus.CHANGES_REQUESTED, requireComment(why), Set.of(), by, at);
    }

    public Proposal rejected(String why, String by, Instant at) {
        requireSubmitted();
        return decided(ProposalStatus.REJECTED, requireComment(why), Set.of(), by, at);
    }

    /** Accepted with the fields ({@code scheme.input}) taken over into the facts. */
    public Proposal accepted(Set<String> fields, String note, String by, Instant at) {
        requireSubmitted();
        return decided(ProposalStatus.ACCEPTED, note == null ? "" : note.strip(), fields, by, at);
    }

    /** Replaced by a newer submission of the same client and year. */
    public Proposal superseded(Instant at) {
        requireSubmitted();
        return new Proposal(id, clientId, year, number, ProposalStatus.SUPERSEDED, answers, notApplicable,
                acceptedFields, comment, createdAt, at, updatedBy, submittedAt, at, "", rowVersion);
    }

    private Proposal decided(ProposalStatus next, String note, Set<String> fields, String by, Instant at) {
        return new Proposal(id, clientId, year, number, next, answers, notApplicable, fields, note, createdAt, at, by,
                submittedAt, at, by, rowVersion);
    }

    private void requireDraft() {
        if (status != ProposalStatus.DRAFT) {
            throw new ProposalRefusedException(switch (status) {
                case SUBMITTED -> "Deze versie is al ingediend; een wijziging maakt een nieuwe versie.";
                case SUPERSEDED -> "Deze versie is vervangen door een nieuwere.";
                default -> "Over deze versie is al beslist; een wijziging maakt een nieuwe versie.";
            });
        }
    }

    private void requireSubmitted() {
        if (status != ProposalStatus.SUBMITTED) {
            throw new ProposalRefusedException(switch (status) {
                case DRAFT -> "Dit voorstel is nog niet ingediend.";
                case SUPERSEDED -> "De klant heeft intussen een nieuwere versie ingediend.";
                default -> "Over dit voorstel is al beslist.";
            });
        }
    }

    private static String requireComment(String why) {
        String text = why == null ? "" : why.strip();
        if (text.isEmpty()) {
            throw new ProposalRefusedException("Schrijf erbij wat de klant moet aanpassen of waarom.");
        }
        if (text.length() > MAX_COMMENT) {
            throw new ProposalRefusedException("Houd de toelichting onder " + MAX_COMMENT + " tekens.");
        }
        return text;
    }
}
