package eu.ondernemerscheck.domain.shared;

/**
 * What a user may do: an administrator keeps rates and firms, an accountant works on one firm's clients, a client sees
 * only their own check and results (product.md, who uses it).
 */
public enum Role {
    ADMIN, ACCOUNTANT, CLIENT
}
